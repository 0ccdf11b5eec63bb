package io.newsflow.enrich.messaging;

import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Topics this service touches, and failure handling: retries with exponential backoff, then the record goes to
 * {@code <topic>.DLT} with Spring Kafka's exception headers. Unreadable events skip the retries.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
            @Value("${newsflow.retry.attempts:4}") int attempts,
            @Value("${newsflow.retry.initial-interval-ms:500}") long initialInterval) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(attempts);
        backOff.setInitialInterval(initialInterval);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition())),
                backOff);
        handler.addNotRetryableExceptions(EventCodec.MalformedEventException.class);
        return handler;
    }

    @Bean
    NewTopic enrichedTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.ARTICLES_ENRICHED).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic rawTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.ARTICLES_RAW).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic rawDeadLetterTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_RAW)).partitions(partitions).replicas(replicas)
                .build();
    }
}
