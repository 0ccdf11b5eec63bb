package io.newsflow.publish.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Decides, per request, whether a partner key is known and within its rate (a token bucket per partner). */
@Component
class PartnerAccess {

    private final boolean requireKey;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    PartnerAccess(PartnerProperties properties, Clock clock) {
        this.requireKey = properties.requireKey();
        this.clock = clock;
        properties.partners().forEach(p -> buckets.put(p.key(), new Bucket(p, clock.millis())));
    }

    /** The decision for one request: allowed, or the status and how long to wait. */
    record Decision(int status, String reason, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(200, null, 0);
    }

    Decision check(String key) {
        if (key == null || key.isBlank()) {
            return requireKey ? new Decision(401, "This feed needs a partner key (?key= or X-Partner-Key).", 0)
                    : Decision.ALLOWED;
        }
        Bucket bucket = find(key);
        if (bucket == null) {
            return new Decision(401, "Unknown partner key.", 0);
        }
        long wait = bucket.take(clock.millis());
        return wait == 0 ? Decision.ALLOWED : new Decision(429,
                "Partner " + bucket.partner.name() + " exceeded " + bucket.partner.requestsPerMinute()
                        + " requests per minute.", Math.max(1, (wait + 999) / 1000));
    }

    List<Map<String, Object>> usage() {
        List<Map<String, Object>> usage = new ArrayList<>();
        buckets.values().forEach(b -> usage.add(b.usage()));
        return usage;
    }

    /** Constant-time comparison over all keys, so timing does not tell which prefix matched. */
    private Bucket find(String key) {
        Bucket found = null;
        for (Map.Entry<String, Bucket> entry : buckets.entrySet()) {
            if (MessageDigest.isEqual(entry.getKey().getBytes(StandardCharsets.UTF_8),
                    key.getBytes(StandardCharsets.UTF_8))) {
                found = entry.getValue();
            }
        }
        return found;
    }

    private static final class Bucket {

        private final PartnerProperties.Partner partner;
        private double tokens;
        private long refilledAt;
        private long requests;
        private long throttled;

        Bucket(PartnerProperties.Partner partner, long now) {
            this.partner = partner;
            this.tokens = partner.requestsPerMinute();
            this.refilledAt = now;
        }

        /** Takes a token; returns 0, or the milliseconds until one is available. */
        synchronized long take(long now) {
            double perMilli = partner.requestsPerMinute() / 60_000d;
            tokens = Math.min(partner.requestsPerMinute(), tokens + (now - refilledAt) * perMilli);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                requests++;
                return 0;
            }
            throttled++;
            return (long) Math.ceil((1 - tokens) / perMilli);
        }

        synchronized Map<String, Object> usage() {
            return Map.of("partner", partner.name(), "requestsPerMinute", partner.requestsPerMinute(),
                    "requests", requests, "throttled", throttled);
        }
    }
}
