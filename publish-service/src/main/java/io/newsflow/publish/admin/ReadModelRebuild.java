package io.newsflow.publish.admin;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Topics;
import io.newsflow.publish.article.EnrichedEvents;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.article.messaging.EnrichedRecords;
import io.newsflow.publish.feed.FeedCache;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Replays the enriched topic from its beginning up to where it ends now into the read model and the feed cache.
 * Upserts are idempotent, so a rebuild can run while the service keeps consuming.
 */
@Component
class ReadModelRebuild {

    private final KafkaProperties kafka;
    private final ReadModel readModel;
    private final FeedCache cache;

    ReadModelRebuild(KafkaProperties kafka, ReadModel readModel, FeedCache cache) {
        this.kafka = kafka;
        this.readModel = readModel;
        this.cache = cache;
    }

    /**
     * The record a relations change applies to: the read model's as the replay has written it so far (the feed cache
     * may hold the change applied already, and would let the rebuilt record miss it), else the cache's.
     */
    private Map<String, ArticleEnriched> current(Set<String> ids) {
        Map<String, ArticleEnriched> found = new HashMap<>();
        ids.forEach(id -> readModel.find(id).or(() -> cache.find(id)).ifPresent(article -> found.put(id, article)));
        return found;
    }

    /** Returns how many events were replayed. */
    long run() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "publish-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long replayed = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ArticleEnriched article = EnrichedEvents.records(List.of(EnrichedRecords.decode(record)),
                            this::current).get(0);
                    if (article != null) {
                        readModel.upsert(article);
                        cache.apply(article);
                    }
                    replayed++;
                }
            }
            return replayed;
        }
    }
}
