package io.newsflow.console.latency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Latency samples of one pipeline stage over a sliding time window; percentiles by the nearest-rank method. */
final class LatencyWindow {

    /** Bounds memory under a flood; the window then covers the most recent samples only. */
    private static final int MAX_SAMPLES = 20_000;

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    LatencyWindow(Duration window) {
        this.window = window;
    }

    synchronized void add(Instant observedAt, long millis) {
        samples.addLast(new Sample(observedAt, Math.max(0, millis)));
        if (samples.size() > MAX_SAMPLES) {
            samples.removeFirst();
        }
    }

    synchronized Percentiles percentiles(Instant now) {
        Instant oldest = now.minus(window);
        while (!samples.isEmpty() && samples.peekFirst().observedAt().isBefore(oldest)) {
            samples.removeFirst();
        }
        if (samples.isEmpty()) {
            return Percentiles.NONE;
        }
        long[] sorted = samples.stream().mapToLong(Sample::millis).sorted().toArray();
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }


    private record Sample(Instant observedAt, long millis) {
    }
}
