package io.newsflow.console.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.record.RecordView;
import io.newsflow.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyTrackerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final LatencyTracker tracker = new LatencyTracker(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void computesNearestRankPercentilesPerStage() {
        for (int i = 1; i <= 100; i++) {
            tracker.onRecord(record(Topics.ARTICLES_ENRICHED, i, NOW.toEpochMilli() - 1000, i * 10L));
        }
        Percentiles enriched = tracker.percentiles().get(LatencyTracker.TO_ENRICHED);
        assertThat(enriched).isEqualTo(new Percentiles(100, 500L, 950L, 990L));
        assertThat(tracker.percentiles().get(LatencyTracker.TO_RAW).count()).isZero();
    }

    @Test
    void ignoresBacklogOlderThanTheWindowAndRecordsWithoutIngestedAt() {
        tracker.onRecord(record(Topics.ARTICLES_RAW, 1, NOW.minus(Duration.ofMinutes(6)).toEpochMilli(), 100));
        tracker.onRecord(new RecordView("x", Topics.ARTICLES_RAW, 0, 2, NOW.toEpochMilli(), "k", "", "", List.of(),
                List.of(), null, null, Map.of(), "{}"));
        assertThat(tracker.percentiles().get(LatencyTracker.TO_RAW).count()).isZero();
    }

    @Test
    void countsAnArticleAsPublishedOncePublishServiceCommittedPastIt() {
        tracker.onRecord(record(Topics.ARTICLES_ENRICHED, 5, NOW.toEpochMilli(), 2_000));
        tracker.onRecord(record(Topics.ARTICLES_ENRICHED, 6, NOW.toEpochMilli(), 1_000));

        tracker.publishedUpTo(0, 6);

        Percentiles published = tracker.percentiles().get(LatencyTracker.TO_PUBLISHED);
        assertThat(published.count()).isEqualTo(1);
        assertThat(published.p50()).isEqualTo(2_000L);
        tracker.publishedUpTo(0, 6);
        assertThat(tracker.percentiles().get(LatencyTracker.TO_PUBLISHED).count()).as("counted once").isEqualTo(1);
    }

    private static RecordView record(String topic, long offset, long timestamp, long latency) {
        return new RecordView(RecordView.id(topic, 0, offset), topic, 0, offset, timestamp, "k", "t", "s",
                List.of(), List.of(), null, timestamp - latency, Map.of(), "{}");
    }
}
