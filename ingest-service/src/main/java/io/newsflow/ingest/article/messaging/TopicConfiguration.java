package io.newsflow.ingest.article.messaging;

import io.newsflow.model.Topics;
import io.newsflow.support.kafka.TopicProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The raw topic is ingest's to declare; the broker never creates topics on its own. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic rawArticlesTopic(TopicProperties topics) {
        return topics.topic(Topics.ARTICLES_RAW).build();
    }
}
