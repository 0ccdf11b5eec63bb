package io.newsflow.console.lag;

import io.newsflow.console.latency.Percentiles;
import java.util.List;
import java.util.Map;

/**
 * What the console's charts and tables draw: aligned time series (null where a series had no value yet), the
 * latest partition lags and latency percentiles, and the error of the last sampling round, if it failed.
 */
record ChartData(List<Double> times, Map<String, List<Long>> lag, Map<String, List<Double>> rates,
        Map<String, List<Long>> latency, List<PartitionLag> partitions, Map<String, Percentiles> percentiles,
        String error) {
}
