package io.newsflow.publish.websub;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: content distributions not delivered yet, kept from before their first attempt until delivered or
 * given up, so neither a first attempt nor a retry is lost when an instance dies. A distribution is claimed by
 * one owner (instance) at a time, so two instances never send the same attempt; a claim that is not released (its
 * owner died) runs out and the distribution is taken by another.
 */
public interface PendingDistributions {

    /** Stores new distributions (one write for all), claimed by {@code owner} until {@code until} for their first attempt. */
    void addClaimed(List<PendingDistribution> distributions, String owner, Instant until);

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
