package io.newsflow.ingest.article;

import io.newsflow.model.ArticleIngested;
import java.util.ArrayList;
import java.util.List;

/** What ingest knows of one article: its latest version as published, and every version accepted so far. */
public record IngestedArticle(ArticleIngested latest, List<VersionInfo> versions) {

    public IngestedArticle {
        versions = List.copyOf(versions);
    }

    static IngestedArticle first(ArticleIngested article) {
        return new IngestedArticle(article, List.of(info(article)));
    }

    IngestedArticle next(ArticleIngested article) {
        List<VersionInfo> all = new ArrayList<>(versions);
        all.add(info(article));
        return new IngestedArticle(article, all);
    }

    private static VersionInfo info(ArticleIngested article) {
        return new VersionInfo(article.version(), article.contentHash(), article.ingestedAt());
    }
}
