package io.newsflow.publish.delivery.messaging;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.delivery.OperatorAlerts;
import io.newsflow.support.kafka.TopicProperties;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

/** Alerts as JSON on {@value #TOPIC}, keyed by subscription id, and in the log for whoever reads that first. */
@Configuration(proxyBeanMethods = false)
class KafkaOperatorAlerts implements OperatorAlerts {

    static final String TOPIC = "newsflow.operator.alerts.v1";
    private static final Logger log = LoggerFactory.getLogger(KafkaOperatorAlerts.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;

    KafkaOperatorAlerts(KafkaTemplate<String, byte[]> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    @Bean
    static NewTopic operatorAlertsTopic(TopicProperties topics) {
        return TopicBuilder.name(TOPIC).partitions(1).replicas(topics.replicas()).build();
    }

    @Override
    public void alert(String kind, String subscriptionId, String message) {
        log.error("OPERATOR ALERT {} subscription={}: {}", kind, subscriptionId, message);
        byte[] body = EventCodec.encode(Map.of("kind", kind, "subscriptionId", subscriptionId, "message", message,
                "at", clock.instant().toString()));
        kafka.send(new ProducerRecord<>(TOPIC, subscriptionId, body)).whenComplete((result, error) -> {
            if (error != null) {
                log.error("alert for {} not published to {}: {}", subscriptionId, TOPIC, error.toString());
            }
        });
    }
}
