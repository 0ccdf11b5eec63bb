package io.newsflow.console.kafka;

import io.newsflow.model.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Creates the console's Kafka clients from Spring Boot's Kafka settings. Consumers have no group id and never
 * commit: watching a topic must not move anybody's offsets nor show up as a consumer group.
 */
@Component
public class KafkaClients implements AutoCloseable {

    /** The topics operators watch: the pipeline's two streams and their dead-letter topics. */
    public static final List<String> TOPICS = List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED,
            Topics.deadLetter(Topics.ARTICLES_RAW), Topics.deadLetter(Topics.ARTICLES_ENRICHED));

    private final Map<String, Object> consumerConfig;
    private final Admin admin;

    KafkaClients(ConsumerFactory<?, ?> consumers, KafkaAdmin kafkaAdmin) {
        this.consumerConfig = Map.copyOf(consumers.getConfigurationProperties());
        Map<String, Object> adminConfig = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "operator-console-admin");
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(adminConfig);
    }

    public Admin admin() {
        return admin;
    }

    /** A consumer for {@code assign()} and {@code seek()} only: no group, no commits. */
    public KafkaConsumer<String, byte[]> observer(String purpose) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "operator-console-" + purpose + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    @Override
    public void close() {
        admin.close();
    }
}
