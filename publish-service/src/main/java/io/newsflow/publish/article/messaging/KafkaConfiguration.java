package io.newsflow.publish.article.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.Topics;
import io.newsflow.support.kafka.DeadLetterErrorHandler;
import io.newsflow.support.kafka.RetryProperties;
import io.newsflow.support.kafka.TopicProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Retries with backoff, then {@code newsflow.articles.enriched.v1.DLT}; unreadable events go there at once. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry meters,
            RetryProperties retry) {
        return DeadLetterErrorHandler.create(template, retry, meters);
    }

    @Bean
    NewTopic enrichedTopic(TopicProperties topics) {
        return topics.topic(Topics.ARTICLES_ENRICHED).build();
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(TopicProperties topics) {
        return topics.topic(Topics.deadLetter(Topics.ARTICLES_ENRICHED)).build();
    }
}
