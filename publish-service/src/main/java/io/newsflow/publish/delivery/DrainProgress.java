package io.newsflow.publish.delivery;

import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one drain has done and not yet written: the highest message done, the attempts made, the last success.
 * Written together (the queue's position with the lease renewed, the attempt log, the endpoint's health) every
 * {@link #MAX_MESSAGES} messages or {@link #MAX_AGE}, so a process killed mid-drain sends at most that many
 * messages again, each under its own webhook-id, as receivers deduplicate them.
 */
final class DrainProgress {

    static final int MAX_MESSAGES = 50;
    static final Duration MAX_AGE = Duration.ofSeconds(1);
    /** A healthy endpoint's last attempt time is written at most this often. */
    static final Duration HEALTH_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(DrainProgress.class);

    private final String subscriptionId;
    private final String owner;
    private final DeliveryQueue queue;
    private final AttemptLog attemptLog;
    private final SubscriptionStore subscriptions;
    private final PushProperties properties;
    private final Clock clock;
    private final List<Attempt> attempts = new ArrayList<>();
    private long done;
    private long written;
    private Instant since;
    private Instant succeededAt;

    DrainProgress(String subscriptionId, String owner, long done, DeliveryQueue queue, AttemptLog attempts,
            SubscriptionStore subscriptions, PushProperties properties, Clock clock) {
        this.subscriptionId = subscriptionId;
        this.owner = owner;
        this.done = done;
        this.written = done;
        this.queue = queue;
        this.attemptLog = attempts;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
    }

    long done() {
        return done;
    }

    /** Every message up to {@code seq} is done (delivered, given up on, or lost before it was stored). */
    void done(long seq) {
        done = Math.max(done, seq);
        if (since == null) {
            since = clock.instant();
        }
    }

    void delivered(long seq, Instant at) {
        done(seq);
        succeededAt = at;
    }

    void attempted(Attempt attempt) {
        attempts.add(attempt);
        if (since == null) {
            since = clock.instant();
        }
    }

    void flushIfDue() {
        if (since != null && (done - written >= MAX_MESSAGES || attempts.size() >= MAX_MESSAGES
                || !since.plus(MAX_AGE).isAfter(clock.instant()))) {
            flush();
        }
    }

    /** Writes what was done and renews the lease. */
    void flush() {
        write(clock.instant().plus(properties.lease()));
    }

    /**
     * Writes what was done and releases the queue; a failure leaves the lease to run out. Also when the worker
     * is being stopped: what was delivered is recorded before the process goes.
     */
    void finish() {
        boolean interrupted = Thread.interrupted();
        try {
            write(null);
        } catch (RuntimeException e) {
            log.warn("cannot write the progress of {}, its last messages go again: {}", subscriptionId, e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(Instant until) {
        if (!attempts.isEmpty()) {
            attemptLog.recordAll(List.copyOf(attempts));
            attempts.clear();
        }
        if (done > written || until == null) {
            queue.complete(subscriptionId, done, owner, until);
            written = done;
        }
        if (succeededAt != null && healthNeedsWriting()) {
            subscriptions.recordSuccess(subscriptionId, succeededAt);
        }
        succeededAt = null;
        since = null;
    }

    private boolean healthNeedsWriting() {
        Subscription.Health health = subscriptions.find(subscriptionId).map(Subscription::health).orElse(null);
        return health == null || health.consecutiveFailures() > 0 || health.failingSince() != null
                || health.lastAttemptAt() == null || !health.lastAttemptAt().plus(HEALTH_EVERY).isAfter(succeededAt);
    }
}
