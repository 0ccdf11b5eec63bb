package io.newsflow.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.support.health.KafkaHealthIndicator;
import io.newsflow.support.health.MongoPingHealthIndicator;
import io.newsflow.support.kafka.ConsumerMembership;
import io.newsflow.support.kafka.RetryProperties;
import io.newsflow.support.kafka.TopicProperties;
import io.newsflow.support.metrics.PipelineMetrics;
import io.newsflow.support.mongo.MongoCommandCounter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topic and retry settings every service reads ({@link TopicProperties}, {@link RetryProperties}), consumer
 * group membership ({@link ConsumerMembership}), pipeline metrics, the MongoDB command count
 * ({@link MongoCommandCounter}, added to the client Boot builds), and the {@code kafka} and {@code mongo} indicators (Boot names a contributor after its bean, less the
 * {@code HealthIndicator} suffix) that the services' readiness groups include
 * ({@code management.endpoint.health.group.readiness.include: readinessState,kafka,mongo}).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties({TopicProperties.class, RetryProperties.class})
public class ServiceSupportAutoConfiguration {

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    @Bean
    ConsumerMembership consumerMembership(Environment environment) {
        return new ConsumerMembership(environment.getProperty("newsflow.kafka.instance-id"));
    }

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    PipelineMetrics pipelineMetrics(MeterRegistry meters) {
        return new PipelineMetrics(meters);
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    @ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
    @ConditionalOnBean(MeterRegistry.class)
    MongoClientSettingsBuilderCustomizer mongoCommandCounter(MeterRegistry meters) {
        MongoCommandCounter counter = new MongoCommandCounter(meters);
        return settings -> settings.addCommandListener(counter);
    }
}
