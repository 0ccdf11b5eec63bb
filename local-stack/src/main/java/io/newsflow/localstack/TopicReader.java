package io.newsflow.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning without committing offsets, the way kcat does; for tests and tools. Keep
 * one reader per topic and call {@link #poll()} repeatedly: it returns everything seen so far.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Message> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    /** Polls once (up to half a second) and returns every message read so far, in arrival order. */
    public List<Message> poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Message(record.key(), record.value(), headers, record.partition(), record.offset()));
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** One record: key, raw value, headers decoded as UTF-8. */
    public record Message(String key, byte[] value, Map<String, String> headers, int partition, long offset) {

        public String text() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }
}
