package io.newsflow.publish.websub;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hub settings under {@code newsflow.publish.websub}; the default and longest lease are the push side's
 * ({@code newsflow.publish.push.default-lease}, {@code max-lease}).
 *
 * @param minLease shortest lease granted, whatever {@code hub.lease_seconds} asks for
 * @param retryDelay wait before the first retry of a failed distribution; doubled for each further one
 * @param retryMaxDelay longest wait between two retries
 * @param retryAttempts attempts (the first one included) after which a distribution is given up
 * @param retryMaxAge a distribution failing for this long since its first attempt is given up
 * @param sweepInterval how often stored distributions that are due are looked for
 */
@ConfigurationProperties("newsflow.publish.websub")
public record WebSubProperties(Duration minLease, Duration retryDelay, Duration retryMaxDelay, int retryAttempts,
        Duration retryMaxAge, Duration sweepInterval) {

    public WebSubProperties {
        minLease = minLease == null ? Duration.ofMinutes(5) : minLease;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        retryMaxDelay = retryMaxDelay == null ? Duration.ofHours(1) : retryMaxDelay;
        retryAttempts = retryAttempts <= 0 ? 10 : retryAttempts;
        retryMaxAge = retryMaxAge == null ? Duration.ofDays(1) : retryMaxAge;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    }

    /** The wait after {@code attempts} failed attempts: {@code retryDelay × 2^(attempts-1)}, at most {@code retryMaxDelay}. */
    Duration backoff(int attempts) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempts && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
