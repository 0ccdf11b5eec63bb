package io.newsflow.publish.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the push side (webhooks, WebSub, SSE), under {@code newsflow.publish.push}.
 *
 * @param retrySchedule delay before each attempt, the first usually zero (Svix: 0s, 5s, 5m, 30m, 2h, 5h, 10h, 10h)
 * @param disableAfter an endpoint failing for this long is disabled and an operator alert is emitted
 * @param allowedHosts host names or addresses that may be called although they are loopback or private
 * @param workers threads delivering webhooks; each subscriber's queue is worked on by one of them at a time
 * @param lease how long a worker owns a subscriber's queue without renewing it (another instance takes over after)
 * @param sweepInterval how often queues with work left are looked for (missed wake-ups, other instances' work)
 * @param heartbeat interval of SSE comment lines that keep proxies from closing idle streams
 */
@ConfigurationProperties("newsflow.publish.push")
public record PushProperties(List<Duration> retrySchedule, Duration requestTimeout, Duration connectTimeout,
        Duration disableAfter, List<String> allowedHosts, int workers, Duration lease, Duration sweepInterval,
        int responseExcerptBytes, Duration heartbeat, Duration defaultLease, Duration maxLease) {

    public PushProperties {
        retrySchedule = retrySchedule == null || retrySchedule.isEmpty() ? List.of(Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
                Duration.ofHours(10), Duration.ofHours(10)) : List.copyOf(retrySchedule);
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        disableAfter = disableAfter == null ? Duration.ofDays(5) : disableAfter;
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        workers = workers <= 0 ? 8 : workers;
        lease = lease == null ? requestTimeout.plusSeconds(30) : lease;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        responseExcerptBytes = responseExcerptBytes <= 0 ? 512 : Math.min(responseExcerptBytes, 4096);
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        defaultLease = defaultLease == null ? Duration.ofDays(10) : defaultLease;
        maxLease = maxLease == null ? Duration.ofDays(30) : maxLease;
    }

    /** Defaults everywhere; for tests and the benchmark. */
    public static PushProperties defaults() {
        return new PushProperties(null, null, null, null, null, 0, null, null, 0, null, null, null);
    }
}
