package io.newsflow.enrich.messaging;

import io.newsflow.enrich.pipeline.EnrichedArticlePublisher;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes ArticleEnriched keyed by article id with CloudEvents headers, waiting for the acknowledgement. */
@Component
class KafkaEnrichedArticlePublisher implements EnrichedArticlePublisher {

    static final String SOURCE = "/newsflow/enrich-service";

    private final KafkaTemplate<String, byte[]> kafka;

    KafkaEnrichedArticlePublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publish(ArticleEnriched article) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(),
                EventCodec.encode(article));
        CloudEvent.of(CloudEvent.TYPE_ENRICHED, SOURCE).toHeaders().forEach(record.headers()::add);
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + article.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge enriched article " + article.id(), e);
        }
    }
}
