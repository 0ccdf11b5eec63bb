package io.newsflow.publish.websub;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: failed content distributions, kept until delivered or given up, so their retries survive a
 * restart. A distribution is claimed by one owner (instance) at a time, so two instances never send the same
 * retry; a claim that is not released (its owner died) runs out and the distribution is taken by another.
 */
public interface PendingDistributions {

    void add(PendingDistribution distribution);

    /**
     * Claims for {@code owner} until {@code until} at most {@code limit} distributions due at {@code now} that no
     * other owner holds.
     */
    List<PendingDistribution> claimDue(String owner, Instant now, Instant until, int limit);

    /** After another failed attempt: the new count, next time and error; releases the claim. */
    void reschedule(String id, String owner, int attempts, Instant nextAttemptAt, String lastError);

    /** Delivered, given up on, or its subscription is gone. */
    void remove(String id, String owner);
}
