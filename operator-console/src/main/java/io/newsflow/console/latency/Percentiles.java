package io.newsflow.console.latency;

/** Latency percentiles in milliseconds over the samples of a window; all null when there were none. */
public record Percentiles(int count, Long p50, Long p95, Long p99) {

    static final Percentiles NONE = new Percentiles(0, null, null, null);
}
