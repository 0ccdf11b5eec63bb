package io.newsflow.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How the services create the topics they write, under {@code newsflow.kafka} (where {@code instance-id} is
 * {@link ConsumerMembership}'s).
 *
 * @param partitions partitions of each article topic and its dead-letter topic
 * @param replicas replicas of every topic
 */
@ConfigurationProperties("newsflow.kafka")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicas) {

    /** A topic of {@link #partitions} partitions and {@link #replicas} replicas, to build or configure further. */
    public TopicBuilder topic(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas);
    }
}
