package io.newsflow.publish.delivery;

import java.time.Instant;

/**
 * One message in a subscriber's queue. The body is rendered once at enqueue time, so every attempt sends the same
 * bytes under the same {@code webhookId}, also after a restart.
 *
 * @param seq position in the subscriber's queue, from 1; also the cursor of pull subscriptions
 * @param attempts attempts made so far
 * @param nextAttemptAt not before this time; null = now
 * @param traceparent the article's W3C trace context, sent with every attempt; null when it came without one
 */
public record QueuedDelivery(String subscriptionId, long seq, String webhookId, String type, String articleId,
        String contentType, String body, Instant enqueuedAt, int attempts, Instant nextAttemptAt, String traceparent) {

    /** A message not yet placed in a queue. */
    public static QueuedDelivery of(String webhookId, String type, String articleId, String contentType, String body,
            Instant now, String traceparent) {
        return new QueuedDelivery(null, 0, webhookId, type, articleId, contentType, body, now, 0, null, traceparent);
    }

    /** The same message at another place or attempt count. */
    public QueuedDelivery at(String subscriptionId, long seq, int attempts, Instant nextAttemptAt) {
        return new QueuedDelivery(subscriptionId, seq, webhookId, type, articleId, contentType, body, enqueuedAt,
                attempts, nextAttemptAt, traceparent);
    }
}
