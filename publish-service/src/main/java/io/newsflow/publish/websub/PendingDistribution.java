package io.newsflow.publish.websub;

import java.time.Instant;

/**
 * A content distribution that failed and waits for its next attempt. The body is the one rendered for the first
 * attempt, so every attempt sends the same bytes; the signature is computed at each attempt with the secret the
 * subscription has then.
 *
 * @param attempts attempts made so far, at least 1
 * @param lastError what the last attempt got: {@code HTTP 503}, {@code timeout after 2000 ms}, ...
 */
public record PendingDistribution(String id, String callback, String topic, String contentType, String body,
        int attempts, Instant firstAttemptAt, Instant nextAttemptAt, String lastError) {
}
