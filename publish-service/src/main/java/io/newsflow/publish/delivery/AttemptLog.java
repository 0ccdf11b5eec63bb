package io.newsflow.publish.delivery;

import java.util.List;

/** Outbound port: every delivery attempt, kept for operators (collection {@code delivery_attempts}). */
public interface AttemptLog {

    default void record(Attempt attempt) {
        recordAll(List.of(attempt));
    }

    /** Attempts in the order they were made, written together. */
    void recordAll(List<Attempt> attempts);

    /** The newest attempts of a subscriber, newest first. */
    List<Attempt> recent(String subscriptionId, int limit);
}
