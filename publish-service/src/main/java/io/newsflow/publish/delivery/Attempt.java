package io.newsflow.publish.delivery;

import java.time.Instant;

/**
 * One delivery attempt as operators see it.
 *
 * @param status HTTP status, or 0 when no response came
 * @param error why the attempt failed without a status (timeout, refused, forbidden address), else null
 * @param responseExcerpt at most 512 bytes of the response body
 */
public record Attempt(String subscriptionId, String webhookId, long seq, int attempt, int status, String error,
        long latencyMs, String responseExcerpt, Instant at) {
}
