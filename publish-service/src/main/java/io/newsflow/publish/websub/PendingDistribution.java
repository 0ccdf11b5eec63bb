package io.newsflow.publish.websub;

import java.time.Instant;

/**
 * A content distribution waiting for its first attempt or, after a failure, for its next one. The body is the one
 * rendered when the article arrived, so every attempt sends the same bytes; the signature is computed at each
 * attempt with the secret the subscription has then.
 *
 * @param attempts attempts made so far: 0 while the first is under way
 * @param firstAttemptAt when the distribution was stored, just before its first attempt (the retry age counts from it)
 * @param lastError what the last attempt got: {@code HTTP 503}, {@code timeout after 2000 ms}, ...
 */
public record PendingDistribution(String id, String callback, String topic, String contentType, String body,
        int attempts, Instant firstAttemptAt, Instant nextAttemptAt, String lastError) {
}
