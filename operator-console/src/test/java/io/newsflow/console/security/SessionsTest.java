package io.newsflow.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final Sessions sessions = new Sessions(Duration.ofHours(1), clock);

    @Test
    void aSessionIsValidUntilItExpiresOrIsClosed() {
        String first = sessions.open();
        String second = sessions.open();
        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sessions.isValid(first)).isTrue();

        sessions.close(second);
        assertThat(sessions.isValid(second)).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(sessions.isValid(first)).isFalse();
    }

    @Test
    void unknownAndMissingSessionsAreInvalid() {
        assertThat(sessions.isValid(null)).isFalse();
        assertThat(sessions.isValid("guessed")).isFalse();
    }

    @Test
    void adminTokenMatchesOnlyTheConfiguredTokenAndGeneratesOneWhenBlank() {
        AdminToken configured = new AdminToken("s3cret");
        assertThat(configured.matches("s3cret")).isTrue();
        assertThat(configured.matches("s3cre")).isFalse();
        assertThat(configured.matches(null)).isFalse();

        AdminToken generated = new AdminToken(" ");
        assertThat(generated.value()).hasSize(48);
        assertThat(generated.matches("")).isFalse();
        assertThat(generated.matches(generated.value())).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
