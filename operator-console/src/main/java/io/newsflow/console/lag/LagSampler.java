package io.newsflow.console.lag;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.kafka.KafkaClients;
import io.newsflow.console.latency.LatencyTracker;
import io.newsflow.model.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples end offsets and every consumer group's committed offsets on an interval: lag per group and partition,
 * messages per second per topic (end-offset deltas), and publish-service's progress for the published latency.
 */
@Component
class LagSampler {

    static final String PUBLISH_GROUP = "publish-service";
    private static final Logger log = LoggerFactory.getLogger(LagSampler.class);

    private final KafkaOffsets offsets;
    private final LatencyTracker latency;
    private final MetricsHistory history;
    private final MultiGauge lagGauge;
    /** Held here because the lag gauges only keep weak references to what they read. */
    private volatile List<PartitionLag> current = List.of();
    private Map<String, Long> previousEnds = Map.of();
    private double previousTime;

    LagSampler(KafkaClients clients, LatencyTracker latency, ConsoleProperties properties, MeterRegistry registry) {
        this.offsets = new KafkaOffsets(clients.admin());
        this.latency = latency;
        this.history = new MetricsHistory(properties.history());
        this.lagGauge = MultiGauge.builder("newsflow.console.consumer.lag")
                .description("Messages a consumer group has yet to process on a partition").register(registry);
    }

    MetricsHistory history() {
        return history;
    }

    @Scheduled(fixedDelayString = "${newsflow.console.sample-interval:2s}", initialDelay = 500)
    void sample() {
        try {
            history.add(sampleOnce());
        } catch (ExecutionException | TimeoutException e) {
            log.warn("cannot sample consumer lag: {}", e.getMessage());
            history.failed("Kafka did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LagSample sampleOnce() throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = offsets.committed();
        List<TopicPartition> partitions = new ArrayList<>(offsets.watchedPartitions());
        committed.values().forEach(offsets -> offsets.keySet().stream()
                .filter(partition -> !partitions.contains(partition)).forEach(partitions::add));
        Map<TopicPartition, Long> ends = offsets.ends(partitions);
        double now = Instant.now().toEpochMilli() / 1000.0;
        List<PartitionLag> lags = new ArrayList<>();
        committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
            if (offset != null && ends.containsKey(partition)) {
                long end = ends.get(partition);
                lags.add(new PartitionLag(group, partition.topic(), partition.partition(), offset.offset(), end,
                        Math.max(0, end - offset.offset())));
            }
        }));
        lags.sort(Comparator.comparing(PartitionLag::group).thenComparing(PartitionLag::topic)
                .thenComparingInt(PartitionLag::partition));
        lags.stream().filter(lag -> PUBLISH_GROUP.equals(lag.group()) && Topics.ARTICLES_ENRICHED.equals(lag.topic()))
                .forEach(lag -> latency.publishedUpTo(lag.partition(), lag.committed()));
        current = List.copyOf(lags);
        lagGauge.register(current.stream().map(lag -> MultiGauge.Row.of(Tags.of("group", lag.group(), "topic",
                lag.topic(), "partition", Integer.toString(lag.partition())), lag, PartitionLag::lag)).toList(), true);
        Map<String, Long> lagByGroup = lags.stream().collect(Collectors.groupingBy(PartitionLag::group, TreeMap::new,
                Collectors.summingLong(PartitionLag::lag)));
        return new LagSample(now, lagByGroup, rates(ends, now), latency.percentiles(), current);
    }

    private Map<String, Double> rates(Map<TopicPartition, Long> ends, double now) {
        Map<String, Long> byTopic = new TreeMap<>();
        ends.forEach((partition, end) -> {
            if (KafkaClients.TOPICS.contains(partition.topic())) {
                byTopic.merge(partition.topic(), end, Long::sum);
            }
        });
        Map<String, Double> rates = new LinkedHashMap<>();
        byTopic.forEach((topic, end) -> {
            Long before = previousEnds.get(topic);
            double seconds = now - previousTime;
            rates.put(topic, before == null || seconds <= 0 ? 0.0 : Math.max(0, end - before) / seconds);
        });
        previousEnds = byTopic;
        previousTime = now;
        return rates;
    }
}
