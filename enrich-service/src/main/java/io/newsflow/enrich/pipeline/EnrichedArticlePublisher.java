package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;

/** Outbound port: publishes an enriched article and returns once the broker acknowledged it. */
public interface EnrichedArticlePublisher {

    void publish(ArticleEnriched article);
}
