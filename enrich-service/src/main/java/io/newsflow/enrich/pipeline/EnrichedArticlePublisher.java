package io.newsflow.enrich.pipeline;

import io.newsflow.model.EnrichedArticleEvent;
import java.util.List;

/**
 * Outbound port: publishes enrichments of articles, and changes of older articles' relations, and returns once the
 * broker acknowledged them.
 */
public interface EnrichedArticlePublisher {

    void publish(EnrichedArticleEvent event);

    /** Publishes several, waiting for all acknowledgements at the end rather than one by one. */
    default void publishAll(List<? extends EnrichedArticleEvent> events) {
        send(events).await();
    }

    /**
     * Hands the events to the broker without waiting; the caller awaits the acknowledgement before it stores
     * what they say, so that several sends share one wait. Adapters without an asynchronous client publish right away.
     */
    default Acknowledgement send(List<? extends EnrichedArticleEvent> events) {
        events.forEach(this::publish);
        return () -> { };
    }

    /** The broker's acknowledgement of a send. */
    @FunctionalInterface
    interface Acknowledgement {

        /** Returns once every event of the send is acknowledged; throws when one is not. */
        void await();
    }
}
