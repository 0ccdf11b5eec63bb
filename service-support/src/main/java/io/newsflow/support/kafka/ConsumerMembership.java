package io.newsflow.support.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * How the services' consumers belong to their groups, so that a crashed instance is replaced in seconds:
 * <ul>
 * <li>a 10 s session (heartbeats every 3 s) instead of Kafka's 45 s, unless a service sets its own;</li>
 * <li>static membership when the instance has a stable name ({@code newsflow.kafka.instance-id}, e.g.
 * {@code NEWSFLOW_KAFKA_INSTANCE_ID=publish-1}): the restarted instance takes its partitions back at once instead
 * of waiting for the dead member's session to expire, also when the group coordinator moved or restarted in
 * between. The name must be unique among the instances of a service (Spring Kafka adds {@code -n} per consumer
 * thread).</li>
 * </ul>
 */
public final class ConsumerMembership implements DefaultKafkaConsumerFactoryCustomizer {

    static final int SESSION_TIMEOUT_MS = 10_000;
    static final int HEARTBEAT_INTERVAL_MS = 3_000;

    private final String instanceId;

    public ConsumerMembership(String instanceId) {
        this.instanceId = instanceId == null || instanceId.isBlank() ? null : instanceId.strip();
    }

    @Override
    public void customize(DefaultKafkaConsumerFactory<?, ?> factory) {
        Map<String, Object> configured = factory.getConfigurationProperties();
        Map<String, Object> updates = new HashMap<>();
        if (!configured.containsKey(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)) {
            updates.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
            updates.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, HEARTBEAT_INTERVAL_MS);
        }
        if (instanceId != null && !configured.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            updates.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        }
        factory.updateConfigs(updates);
    }
}
