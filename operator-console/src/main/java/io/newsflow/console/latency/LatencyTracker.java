package io.newsflow.console.latency;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.record.RecordView;
import io.newsflow.console.tail.TailListener;
import io.newsflow.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Measures how long articles take: ingestedAt (event body) to the record timestamp on the raw topic and on the
 * enriched topic, and to the moment publish-service's committed offset passed the enriched record. The last is
 * only as precise as the lag sampling interval, since publish-service emits no event of its own.
 */
@Component
public class LatencyTracker implements TailListener {

    public static final String TO_RAW = "ingest→raw";
    public static final String TO_ENRICHED = "ingest→enriched";
    public static final String TO_PUBLISHED = "ingest→published";
    private static final int MAX_PENDING = 10_000;

    private final Duration window;
    private final Clock clock;
    private final Map<String, LatencyWindow> stages = new LinkedHashMap<>();
    private final Map<Integer, NavigableMap<Long, Long>> awaitingPublish = new ConcurrentHashMap<>();

    @Autowired
    LatencyTracker(ConsoleProperties properties) {
        this(properties.latencyWindow(), Clock.systemUTC());
    }

    LatencyTracker(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
        for (String stage : new String[] {TO_RAW, TO_ENRICHED, TO_PUBLISHED}) {
            stages.put(stage, new LatencyWindow(window));
        }
    }

    @Override
    public void onRecord(RecordView record) {
        Instant now = clock.instant();
        // records read from the backlog at start-up would skew the window with old history
        if (record.ingestedAt() == null || record.timestamp() < now.minus(window).toEpochMilli()) {
            return;
        }
        long latency = record.timestamp() - record.ingestedAt();
        if (Topics.ARTICLES_RAW.equals(record.topic())) {
            stages.get(TO_RAW).add(now, latency);
        } else if (Topics.ARTICLES_ENRICHED.equals(record.topic())) {
            stages.get(TO_ENRICHED).add(now, latency);
            NavigableMap<Long, Long> pending = awaitingPublish.computeIfAbsent(record.partition(),
                    partition -> new ConcurrentSkipListMap<>());
            pending.put(record.offset(), record.ingestedAt());
            while (pending.size() > MAX_PENDING) {
                pending.pollFirstEntry();
            }
        }
    }

    /** Publish-service has committed {@code committed} on a partition of the enriched topic: earlier ones are out. */
    public void publishedUpTo(int partition, long committed) {
        NavigableMap<Long, Long> pending = awaitingPublish.get(partition);
        if (pending == null) {
            return;
        }
        Instant now = clock.instant();
        NavigableMap<Long, Long> done = pending.headMap(committed, false);
        done.values().forEach(ingestedAt -> stages.get(TO_PUBLISHED).add(now, now.toEpochMilli() - ingestedAt));
        done.clear();
    }

    /** Percentiles of every stage, in pipeline order. */
    public Map<String, Percentiles> percentiles() {
        Instant now = clock.instant();
        Map<String, Percentiles> result = new LinkedHashMap<>();
        stages.forEach((stage, samples) -> result.put(stage, samples.percentiles(now)));
        return result;
    }
}
