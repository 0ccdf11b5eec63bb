package io.newsflow.publish.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Outbound port: a durable, ordered queue per subscriber. Every operation addresses subscribers' state or messages
 * by key, so its cost does not grow with the number of messages stored, and the ones on the hot path take one
 * round trip whatever the number of subscribers or messages they handle.
 */
public interface DeliveryQueue {

    /** A message for one subscriber's queue. */
    record Entry(String subscriptionId, QueuedDelivery delivery) {

        public Key key() {
            return new Key(subscriptionId, delivery.webhookId());
        }
    }

    /** A subscriber and a message's webhook id: what the queue remembers of every message it took. */
    record Key(String subscriptionId, String webhookId) {
    }

    /**
     * The keys whose webhook id was not queued for their subscriber before (replays, re-enrichments, an older
     * article whose related list changed), in order: asked before a message is rendered, so a repeat costs none.
     */
    List<Key> unseen(List<Key> keys);

    /**
     * Appends every message to its subscriber's queue, in the order given, and remembers its webhook id for
     * {@link #unseen}; when this returns, the messages are stored.
     */
    void enqueue(List<Entry> entries);

    Position position(String subscriptionId);

    /** Queue depth of each of these subscribers that has messages not yet done. */
    Map<String, Long> depths(Collection<String> subscriptionIds);

    /** Newest sequence number handed out, 0 when none; a message may still be on its way to the store. */
    long last(String subscriptionId);

    /**
     * The stored messages among the {@code limit} after {@code afterSeq}, in order. One that is numbered but not
     * stored (yet) leaves a gap.
     */
    List<QueuedDelivery> range(String subscriptionId, long afterSeq, int limit);

    void recordAttempt(String subscriptionId, long seq, int attempts, Instant nextAttemptAt);

    /**
     * Every message up to {@code seq} was delivered or given up on. The owner's lease is renewed until
     * {@code until}, or released when that is null.
     */
    void complete(String subscriptionId, long seq, String owner, Instant until);

    void acknowledge(String subscriptionId, long cursor);

    /**
     * Takes or renews the subscriber's queue for {@code owner} until {@code until}.
     *
     * @return the highest sequence number done, or empty when another owner holds the queue
     */
    OptionalLong lock(String subscriptionId, String owner, Instant until, Instant now);

    void unlock(String subscriptionId, String owner);

    void drop(String subscriptionId);

    /** Remembers that this message was given up on (its last attempt failed), for {@link #givenUpSince}. */
    void recordGivenUp(QueuedDelivery message, Instant at);

    /**
     * The messages enqueued at or after {@code since} that were given up on and not recovered since, oldest first;
     * the cost grows with the number given up on since then, not with the queue.
     */
    List<GivenUp> givenUpSince(String subscriptionId, Instant since);

    /** These were queued again: a later recovery leaves them out (unless they are given up on again). */
    void recovered(List<GivenUp> givenUp);

    /** A message given up on: {@code id} names the record, {@code message} is the message as it was queued. */
    record GivenUp(String id, QueuedDelivery message, Instant at) {
    }

    /**
     * @param last newest sequence number handed out, 0 when empty
     * @param done highest sequence number delivered or given up on
     * @param acked highest cursor a pull subscriber acknowledged
     */
    record Position(long last, long done, long acked) {

        public long depth() {
            return Math.max(0, last - done);
        }
    }
}
