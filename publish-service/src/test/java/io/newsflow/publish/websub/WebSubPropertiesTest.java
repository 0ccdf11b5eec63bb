package io.newsflow.publish.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebSubPropertiesTest {

    @Test
    void retriesBackOffExponentiallyUpToTheLongestDelay() {
        WebSubProperties properties = new WebSubProperties(null, Duration.ofSeconds(30), Duration.ofMinutes(3), 0,
                null, null);

        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backoff(4)).isEqualTo(Duration.ofMinutes(3));
        assertThat(properties.backoff(60)).isEqualTo(Duration.ofMinutes(3));
    }
}
