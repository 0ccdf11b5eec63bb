package io.newsflow.enrich.messaging;

import io.newsflow.enrich.pipeline.RawHistory;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the raw topic for a replay with a consumer of its own: every partition assigned, no group, nothing
 * committed, so the enrich listeners' positions are untouched. It starts where the log's timestamps reach the
 * requested time and stops at the end offsets taken when it began; an unreadable record is skipped and logged.
 */
@Component
class KafkaRawHistory implements RawHistory {

    private static final Logger log = LoggerFactory.getLogger(KafkaRawHistory.class);

    private final ConsumerFactory<String, byte[]> consumers;

    KafkaRawHistory(ConsumerFactory<String, byte[]> consumers) {
        this.consumers = consumers;
    }

    @Override
    public void replay(Instant since, Consumer<List<ArticleIngested>> chunk) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> reader =
                consumers.createConsumer(null, "raw-replay", null, overrides)) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.ARTICLES_RAW, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(reader.endOffsets(partitions));
            seek(reader, partitions, since, ends);
            ends.entrySet().removeIf(end -> reader.position(end.getKey()) >= end.getValue());
            while (!ends.isEmpty()) {
                List<ArticleIngested> articles = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofSeconds(1))) {
                    Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                    if (end != null && record.offset() < end && record.value() != null) {
                        decode(record, articles);
                    }
                }
                ends.entrySet().removeIf(end -> reader.position(end.getKey()) >= end.getValue());
                if (!articles.isEmpty()) {
                    chunk.accept(articles);
                }
            }
        }
    }

    private static void seek(org.apache.kafka.clients.consumer.Consumer<String, byte[]> reader,
            List<TopicPartition> partitions, Instant since, Map<TopicPartition, Long> ends) {
        if (since == null) {
            reader.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = reader.offsetsForTimes(times);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp at = found.get(partition);
            reader.seek(partition, at == null ? ends.get(partition) : at.offset());
        }
    }

    private static void decode(ConsumerRecord<String, byte[]> record, List<ArticleIngested> articles) {
        try {
            articles.add(EventCodec.decode(record.value(), ArticleIngested.class));
        } catch (RuntimeException e) {
            log.warn("replay skips unreadable raw record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
