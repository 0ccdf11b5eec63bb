package io.newsflow.console.security;

import io.newsflow.console.ConsoleProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Browser sessions after a successful login. Kept in memory on purpose: a restart only asks operators to log in
 * again, and no session secret ever reaches a store.
 */
@Component
class Sessions {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    Sessions(ConsoleProperties properties) {
        this(properties.sessionTtl(), Clock.systemUTC());
    }

    Sessions(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(id, clock.instant().plus(ttl));
        expiries.entrySet().removeIf(entry -> entry.getValue().isBefore(clock.instant()));
        return id;
    }

    boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        Instant expiry = expiries.get(id);
        if (expiry == null || expiry.isBefore(clock.instant())) {
            expiries.remove(id);
            return false;
        }
        return true;
    }

    void close(String id) {
        if (id != null) {
            expiries.remove(id);
        }
    }

    Duration ttl() {
        return ttl;
    }
}
