package io.newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

class ConsumerMembershipTest {

    @Test
    void aNamedInstanceIsAStaticMemberWithAShortSession() {
        DefaultKafkaConsumerFactory<String, String> factory = new DefaultKafkaConsumerFactory<>(Map.of());
        new ConsumerMembership("publish-1").customize(factory);
        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "publish-1")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    }

    @Test
    void withoutANameMembershipStaysDynamicAndAServicesOwnSessionWins() {
        DefaultKafkaConsumerFactory<String, String> factory = new DefaultKafkaConsumerFactory<>(
                Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000));
        new ConsumerMembership(" ").customize(factory);
        assertThat(factory.getConfigurationProperties())
                .doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)
                .doesNotContainKey(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG)
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000);
    }
}
