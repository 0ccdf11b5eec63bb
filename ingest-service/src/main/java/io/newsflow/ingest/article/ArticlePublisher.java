package io.newsflow.ingest.article;

import io.newsflow.model.ArticleIngested;
import java.util.concurrent.CompletableFuture;

/** Outbound port: makes an accepted article durable on the raw topic. */
public interface ArticlePublisher {

    /**
     * Sends without blocking. The future completes when the broker acknowledged the event, or fails with
     * {@link PublishFailedException} when it did not within the configured, bounded time.
     */
    CompletableFuture<Void> publish(ArticleIngested article);
}
