package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.List;

/** Outbound port: publishes enriched articles and returns once the broker acknowledged them. */
public interface EnrichedArticlePublisher {

    void publish(ArticleEnriched article);

    /** Publishes several, waiting for all acknowledgements at the end rather than one by one. */
    default void publishAll(List<ArticleEnriched> articles) {
        send(articles).await();
    }

    /**
     * Hands the articles to the broker without waiting; the caller awaits the acknowledgement before it stores
     * them, so that several sends share one wait. Adapters without an asynchronous client publish right away.
     */
    default Acknowledgement send(List<ArticleEnriched> articles) {
        articles.forEach(this::publish);
        return () -> { };
    }

    /** The broker's acknowledgement of a send. */
    @FunctionalInterface
    interface Acknowledgement {

        /** Returns once every article of the send is acknowledged; throws when one is not. */
        void await();
    }
}
