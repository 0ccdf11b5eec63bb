package io.newsflow.enrich.messaging;

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

/**
 * Topics this service touches, and failure handling: retries with exponential backoff, then the record goes to
 * {@code <topic>.DLT} with Spring Kafka's exception headers. Unreadable events skip the retries.
 */
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
    NewTopic rawTopic(TopicProperties topics) {
        return topics.topic(Topics.ARTICLES_RAW).build();
    }

    @Bean
    NewTopic topicExamplesTopic(TopicProperties topics) {
        return topics.topic(Topics.TOPIC_EXAMPLES).compact().build();
    }

    @Bean
    NewTopic rawDeadLetterTopic(TopicProperties topics) {
        return topics.topic(Topics.deadLetter(Topics.ARTICLES_RAW)).build();
    }
}
