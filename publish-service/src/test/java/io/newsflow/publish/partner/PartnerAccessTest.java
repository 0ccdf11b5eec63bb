package io.newsflow.publish.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PartnerAccessTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void throttlesAPartnerBeyondItsRateAndRefillsOverTime() {
        PartnerAccess access = new PartnerAccess(new PartnerProperties(false, "sina:k1:2"), clock);

        assertThat(access.check("k1").status()).isEqualTo(200);
        assertThat(access.check("k1").status()).isEqualTo(200);
        PartnerAccess.Decision third = access.check("k1");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.retryAfterSeconds()).isBetween(1L, 30L);

        clock.advance(Duration.ofSeconds(30));
        assertThat(access.check("k1").status()).isEqualTo(200);
        assertThat(access.usage()).singleElement().satisfies(usage -> {
            assertThat(usage).containsEntry("partner", "sina").containsEntry("requests", 3L)
                    .containsEntry("throttled", 1L);
        });
    }

    @Test
    void feedsArePublicByDefaultButUnknownKeysAreRefused() {
        PartnerAccess open = new PartnerAccess(new PartnerProperties(false, "sina:k1:60"), clock);
        assertThat(open.check(null).status()).isEqualTo(200);
        assertThat(open.check("nope").status()).isEqualTo(401);

        PartnerAccess closed = new PartnerAccess(new PartnerProperties(true, "sina:k1:60"), clock);
        assertThat(closed.check(null).status()).isEqualTo(401);
        assertThat(closed.check("k1").status()).isEqualTo(200);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-27T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
