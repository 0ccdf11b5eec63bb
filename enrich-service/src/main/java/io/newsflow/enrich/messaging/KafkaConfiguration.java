package io.newsflow.enrich.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.Topics;
import io.newsflow.support.kafka.DeadLetterErrorHandler;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

/**
 * Topics this service touches, and failure handling: retries with exponential backoff, then the record goes to
 * {@code <topic>.DLT} with Spring Kafka's exception headers. Unreadable events skip the retries.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry meters,
            @Value("${newsflow.retry.attempts:4}") int attempts,
            @Value("${newsflow.retry.initial-interval-ms:500}") long initialInterval) {
        return DeadLetterErrorHandler.create(template, attempts, initialInterval, meters);
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
    NewTopic topicExamplesTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.TOPIC_EXAMPLES).partitions(partitions).replicas(replicas).compact().build();
    }

    @Bean
    NewTopic rawDeadLetterTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_RAW)).partitions(partitions).replicas(replicas)
                .build();
    }
}
