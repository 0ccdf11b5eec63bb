package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.List;

/** Outbound port: publishes enriched articles and returns once the broker acknowledged them. */
public interface EnrichedArticlePublisher {

    void publish(ArticleEnriched article);

    /** Publishes several, waiting for all acknowledgements at the end rather than one by one. */
    default void publishAll(List<ArticleEnriched> articles) {
        articles.forEach(this::publish);
    }
}
