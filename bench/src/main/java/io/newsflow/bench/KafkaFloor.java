package io.newsflow.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The floor under the pipeline: the same page bytes produced to a topic of their own on the same broker and
 * consumed again, with the producer settings the services use (acks=all, idempotent, lz4).
 */
final class KafkaFloor implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic = "bench.floor." + UUID.randomUUID();

    KafkaFloor(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(p);
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(topic));
        consumer.poll(Duration.ofSeconds(2));
    }

    /** Latency of {@code payloads} sent at {@code rate} a second (0: as fast as the producer takes them). */
    Result run(List<byte[]> payloads, int rate) throws InterruptedException {
        List<Double> latencies = new ArrayList<>();
        long start = System.nanoTime();
        long period = rate > 0 ? 1_000_000_000L / rate : 0;
        int sent = 0;
        long lastReceived = start;
        while (latencies.size() < payloads.size()) {
            while (sent < payloads.size() && System.nanoTime() >= start + sent * period) {
                byte[] key = ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array();
                producer.send(new ProducerRecord<>(topic, key, payloads.get(sent)));
                sent++;
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(1))) {
                long now = System.nanoTime();
                latencies.add((now - ByteBuffer.wrap(record.key()).getLong()) / 1e6);
                lastReceived = now;
            }
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("raw Kafka floor did not finish in 5 minutes");
            }
        }
        return new Result(Percentiles.ofMillis(latencies), payloads.size() / ((lastReceived - start) / 1e9));
    }

    /** Produce→consume latency and the rate achieved. */
    record Result(Percentiles latency, double perSecond) {
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
