package io.newsflow.ingest.article;

import io.newsflow.model.ArticleIngested;
import java.util.Optional;

/** Outbound port: what ingest remembers of each article, for dedupe, versions and lookups. */
public interface IngestedArticleStore {

    Optional<ArticleIngested> latest(String id);

    void save(ArticleIngested article);
}
