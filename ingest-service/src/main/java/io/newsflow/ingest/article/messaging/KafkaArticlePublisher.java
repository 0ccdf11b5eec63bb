package io.newsflow.ingest.article.messaging;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.ArticlePublisher;
import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends with acks=all and idempotence (application.yml) and waits, bounded, for the broker's acknowledgement. */
@Component
class KafkaArticlePublisher implements ArticlePublisher {

    static final String SOURCE = "/newsflow/ingest-service";

    private final KafkaTemplate<String, byte[]> kafka;
    private final IngestProperties properties;

    KafkaArticlePublisher(KafkaTemplate<String, byte[]> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    public void publish(ArticleIngested article) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_RAW, article.id(),
                EventCodec.encode(article));
        CloudEvent.of(CloudEvent.TYPE_INGESTED, SOURCE).toHeaders().forEach(record.headers()::add);
        try {
            kafka.send(record).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException("Kafka did not acknowledge article " + article.id(), e);
        }
    }
}
