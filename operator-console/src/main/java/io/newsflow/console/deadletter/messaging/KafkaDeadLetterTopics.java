package io.newsflow.console.deadletter.messaging;

import io.newsflow.console.deadletter.DeadLetter;
import io.newsflow.console.deadletter.DeadLetterTopics;
import io.newsflow.console.kafka.KafkaClients;
import io.newsflow.console.record.HeaderValues;
import io.newsflow.console.record.RecordViews;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Reads the DLT topics with a throw-away, group-less consumer; replays with the console's producer. */
@Component
class KafkaDeadLetterTopics implements DeadLetterTopics {

    static final List<String> DLT_TOPICS = KafkaClients.TOPICS.stream()
            .filter(topic -> topic.endsWith(Topics.DLT_SUFFIX)).toList();
    /** Per partition; older dead letters than this are for kcat, not for a page. */
    private static final int RECENT = 500;
    private static final Duration READ_LIMIT = Duration.ofSeconds(5);

    private final KafkaClients clients;
    private final KafkaTemplate<String, byte[]> template;

    KafkaDeadLetterTopics(KafkaClients clients, KafkaTemplate<String, byte[]> template) {
        this.clients = clients;
        this.template = template;
    }

    @Override
    public List<DeadLetter> recent() {
        List<DeadLetter> result = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = clients.observer("dead-letters")) {
            List<TopicPartition> partitions = new ArrayList<>();
            DLT_TOPICS.forEach(topic -> consumer.partitionsFor(topic, READ_LIMIT)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_LIMIT);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, READ_LIMIT);
            partitions.forEach(partition -> consumer.seek(partition, Math.max(begins.get(partition),
                    ends.get(partition) - RECENT)));
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        result.add(deadLetter(record));
                    }
                }
            }
        }
        result.sort(Comparator.comparingLong((DeadLetter d) -> d.view().timestamp()).reversed());
        return result;
    }

    @Override
    public Optional<DeadLetter> find(String topic, int partition, long offset) {
        if (!DLT_TOPICS.contains(topic)) {
            return Optional.empty();
        }
        TopicPartition target = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, byte[]> consumer = clients.observer("dead-letter")) {
            if (consumer.partitionsFor(topic, READ_LIMIT).stream().noneMatch(info -> info.partition() == partition)
                    || consumer.endOffsets(List.of(target), READ_LIMIT).get(target) <= offset) {
                return Optional.empty();
            }
            consumer.assign(List.of(target));
            consumer.seek(target, offset);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(deadLetter(record));
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void replay(DeadLetter deadLetter) {
        String key = deadLetter.key() == null ? null : new String(deadLetter.key(), StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(deadLetter.sourceTopic(), key, deadLetter.value());
        deadLetter.replayHeaders().forEach(header -> record.headers().add(header.getKey(), header.getValue()));
        try {
            template.send(record).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the replay of " + deadLetter.id() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + deadLetter.id(), e);
        }
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record) {
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(HeaderValues.DLT_PREFIX)) {
                headers.add(new SimpleImmutableEntry<>(header.key(), header.value()));
            }
        }
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        return new DeadLetter(RecordViews.of(record), key, record.value(), headers);
    }
}
