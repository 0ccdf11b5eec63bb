package io.newsflow.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an article costs each process in CPU: the CPU time every process of the pipeline used during a step,
 * divided by the articles accepted in it. On a machine whose cores are all busy this, not the latency, shows
 * which part limits the rate.
 */
final class CpuCost {

    private CpuCost() {
    }

    /** CPU milliseconds per article of each process between two {@link Cluster#cpuTimes} snapshots. */
    static Map<String, Double> per(Map<String, Duration> before, Map<String, Duration> after, double articles) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((process, time) -> per.put(process, articles <= 0 ? Double.NaN
                : (time.toNanos() - before.getOrDefault(process, Duration.ZERO).toNanos()) / 1e6 / articles));
        per.put("all processes", per.values().stream().mapToDouble(Double::doubleValue).sum());
        return per;
    }
}
