package io.newsflow.publish.delivery;

import java.util.List;

/** Outbound port: every delivery attempt, kept for operators (collection {@code delivery_attempts}). */
public interface AttemptLog {

    void record(Attempt attempt);

    /** The newest attempts of a subscriber, newest first. */
    List<Attempt> recent(String subscriptionId, int limit);
}
