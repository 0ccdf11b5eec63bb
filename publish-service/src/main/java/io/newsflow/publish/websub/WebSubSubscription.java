package io.newsflow.publish.websub;

import java.time.Instant;

/**
 * A verified subscription of a callback to a topic; it receives content until {@code expiresAt}.
 *
 * @param secret the subscriber's {@code hub.secret}, or null for unsigned distribution
 */
public record WebSubSubscription(String callback, String topic, String secret, long leaseSeconds, Instant expiresAt) {

    public String key() {
        return callback + " " + topic;
    }

    boolean activeAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
