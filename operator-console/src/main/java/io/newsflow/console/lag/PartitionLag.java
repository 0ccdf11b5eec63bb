package io.newsflow.console.lag;

/** How far one consumer group is behind on one partition: {@code end - committed}. */
public record PartitionLag(String group, String topic, int partition, long committed, long end, long lag) {
}
