package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.Optional;

/** Outbound port: the record of truth of enriched articles. */
public interface EnrichedArticleStore {

    Optional<ArticleEnriched> find(String id);

    /** Inserts or replaces the article unless a newer version is stored already. */
    void upsert(ArticleEnriched article);
}
