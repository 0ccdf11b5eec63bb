package io.newsflow.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a sample, in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles ofMillis(Collection<Double> sample) {
        if (sample.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = sample.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String format() {
        return count == 0 ? "n/a" : String.format("%.0f / %.0f / %.0f", p50, p95, p99);
    }
}
