package io.newsflow.publish.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: where subscriptions and their health are kept. Health updates touch single fields only. */
public interface SubscriptionStore {

    void save(Subscription subscription);

    Optional<Subscription> find(String id);

    /** Every subscription; the collection is small (one document per partner endpoint). */
    List<Subscription> all();

    /**
     * Every subscription as stored now, read from the store even where {@link #all()} answers from memory: what
     * the fan-out of a poll uses, so that a subscription created, changed or deleted through any instance applies
     * to every article stored after the answer to that request, whichever instance stores it.
     */
    default List<Subscription> current() {
        return all();
    }

    boolean delete(String id);

    void setSecrets(String id, List<String> secrets);

    void setState(String id, Subscription.State state, String reason);

    void recordSuccess(String id, Instant at);

    /** Counts the failure, keeps the first failure time; returns the health after the update. */
    Optional<Subscription.Health> recordFailure(String id, Instant at);
}
