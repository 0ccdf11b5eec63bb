package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import java.time.Instant;

/** The time an article is ordered by everywhere it is listed: when it was published, else when it was ingested. */
public final class ArticleTimes {

    private ArticleTimes() {
    }

    public static Instant sortTime(ArticleEnriched article) {
        Instant published = article.article().publishedAt();
        return published != null ? published : article.article().ingestedAt();
    }
}
