package io.newsflow.publish.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: a durable, ordered queue per subscriber. Every operation addresses one subscriber's state or one
 * message by key, so its cost does not grow with the number of messages stored.
 */
public interface DeliveryQueue {

    /** Appends the message; returns its sequence number. */
    long enqueue(String subscriptionId, QueuedDelivery delivery);

    /** Whether this webhook id was queued for the subscriber before (replays and re-enrichments of one version). */
    boolean seen(String subscriptionId, String webhookId);

    void markSeen(String subscriptionId, String webhookId);

    Position position(String subscriptionId);

    Optional<QueuedDelivery> get(String subscriptionId, long seq);

    /** Messages after {@code afterSeq}, in order, at most {@code limit}. */
    List<QueuedDelivery> range(String subscriptionId, long afterSeq, int limit);

    void recordAttempt(String subscriptionId, long seq, int attempts, Instant nextAttemptAt);

    /** The message at {@code seq} was delivered or given up on; the next one may go. */
    void complete(String subscriptionId, long seq);

    void acknowledge(String subscriptionId, long cursor);

    /** Takes or renews the subscriber's queue for {@code owner} until {@code until}; false when another owns it. */
    boolean lock(String subscriptionId, String owner, Instant until, Instant now);

    void unlock(String subscriptionId, String owner);

    void drop(String subscriptionId);

    /**
     * @param last newest sequence number, 0 when empty
     * @param done highest sequence number delivered or given up on
     * @param acked highest cursor a pull subscriber acknowledged
     */
    record Position(long last, long done, long acked) {

        public long depth() {
            return Math.max(0, last - done);
        }
    }
}
