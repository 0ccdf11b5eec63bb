package io.newsflow.console.lag;

import io.newsflow.console.latency.Percentiles;
import java.util.List;
import java.util.Map;

/**
 * One sampling round.
 *
 * @param time epoch seconds
 * @param lagByGroup total lag of each group over its partitions
 * @param rateByTopic messages per second since the previous round, from end-offset deltas
 */
record LagSample(double time, Map<String, Long> lagByGroup, Map<String, Double> rateByTopic,
        Map<String, Percentiles> latency, List<PartitionLag> partitions) {
}
