package io.newsflow.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code newsflow_pipeline_latency_seconds{stage}}: time from ingest to each later stage, as a histogram, so
 * Prometheus can compute percentiles across instances; and the per-stage article counters.
 */
public class PipelineMetrics {

    private final MeterRegistry meters;

    public PipelineMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** An article reached {@code stage} (enriched, published, delivered) now; it was ingested at {@code ingestedAt}. */
    public void reached(String stage, Instant ingestedAt) {
        if (ingestedAt == null) {
            return;
        }
        Duration latency = Duration.between(ingestedAt, Instant.now());
        if (!latency.isNegative()) {
            Timer.builder("newsflow.pipeline.latency").tag("stage", stage)
                    .description("Time from ingest until the article reached this stage")
                    .publishPercentileHistogram().register(meters).record(latency);
        }
    }

    /** Counts one article event, e.g. {@code count("newsflow.articles.enriched", "result", "enriched")}. */
    public void count(String name, String... tags) {
        meters.counter(name, tags).increment();
    }
}
