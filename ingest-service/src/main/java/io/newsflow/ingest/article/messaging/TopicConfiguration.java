package io.newsflow.ingest.article.messaging;

import io.newsflow.model.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The raw topic is ingest's to declare; the broker never creates topics on its own. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic rawArticlesTopic(@Value("${newsflow.kafka.partitions:3}") int partitions,
            @Value("${newsflow.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.ARTICLES_RAW).partitions(partitions).replicas(replicas).build();
    }
}
