package io.newsflow.publish.article.messaging;

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

/** Retries with backoff, then {@code newsflow.articles.enriched.v1.DLT}; unreadable events go there at once. */
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
    NewTopic enrichedDeadLetterTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ARTICLES_ENRICHED)).partitions(partitions)
                .replicas(replicas).build();
    }
}
