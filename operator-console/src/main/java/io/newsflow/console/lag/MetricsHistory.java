package io.newsflow.console.lag;

import io.newsflow.console.latency.Percentiles;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The last samples, turned into aligned series for the charts: groups and topics may come and go over time. */
final class MetricsHistory {

    private final int capacity;
    private final Deque<LagSample> samples = new ArrayDeque<>();
    private String error;

    MetricsHistory(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(LagSample sample) {
        samples.addLast(sample);
        while (samples.size() > capacity) {
            samples.removeFirst();
        }
        error = null;
    }

    synchronized void failed(String message) {
        error = message;
    }

    synchronized ChartData chartData() {
        List<Double> times = samples.stream().map(LagSample::time).toList();
        Map<String, List<Long>> latency = new LinkedHashMap<>();
        latency.putAll(series(sample -> percentile(sample, "p50")));
        latency.putAll(series(sample -> percentile(sample, "p95")));
        latency.putAll(series(sample -> percentile(sample, "p99")));
        LagSample last = samples.peekLast();
        return new ChartData(times, series(LagSample::lagByGroup), series(LagSample::rateByTopic), latency,
                last == null ? List.of() : last.partitions(), last == null ? Map.of() : last.latency(), error);
    }

    private <V> Map<String, List<V>> series(Function<LagSample, Map<String, V>> values) {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(sample -> names.addAll(values.apply(sample).keySet()));
        Map<String, List<V>> result = new LinkedHashMap<>();
        for (String name : names) {
            List<V> points = new ArrayList<>(samples.size());
            samples.forEach(sample -> points.add(values.apply(sample).get(name)));
            result.put(name, points);
        }
        return result;
    }

    private static Map<String, Long> percentile(LagSample sample, String which) {
        Map<String, Long> values = new LinkedHashMap<>();
        sample.latency().forEach((stage, percentiles) -> values.put(stage + " " + which, pick(percentiles, which)));
        return values;
    }

    private static Long pick(Percentiles percentiles, String which) {
        return switch (which) {
            case "p50" -> percentiles.p50();
            case "p95" -> percentiles.p95();
            default -> percentiles.p99();
        };
    }
}
