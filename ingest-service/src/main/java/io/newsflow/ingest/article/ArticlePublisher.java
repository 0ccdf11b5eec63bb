package io.newsflow.ingest.article;

import io.newsflow.model.ArticleIngested;

/** Outbound port: makes an accepted article durable on the raw topic. */
public interface ArticlePublisher {

    /**
     * Returns only after the broker acknowledged the event.
     *
     * @throws PublishFailedException when the broker did not acknowledge in time
     */
    void publish(ArticleIngested article);
}
