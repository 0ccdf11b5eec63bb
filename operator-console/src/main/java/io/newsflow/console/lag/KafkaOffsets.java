package io.newsflow.console.lag;

import io.newsflow.console.kafka.KafkaClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The Admin queries behind a lag sample; each waits a few seconds at most, so a sick broker cannot stall sampling. */
final class KafkaOffsets {

    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    KafkaOffsets(Admin admin) {
        this.admin = admin;
    }

    /** Committed offsets of every consumer group, by group. */
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed()
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            specs.put(group.groupId(), new ListConsumerGroupOffsetsSpec());
        }
        if (specs.isEmpty()) {
            return Map.of();
        }
        return admin.listConsumerGroupOffsets(specs).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    List<TopicPartition> watchedPartitions() throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, TopicDescription> topics = admin.describeTopics(KafkaClients.TOPICS).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        topics.values().forEach(topic -> topic.partitions().forEach(
                info -> partitions.add(new TopicPartition(topic.name(), info.partition()))));
        return partitions;
    }

    Map<TopicPartition, Long> ends(List<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }
}
