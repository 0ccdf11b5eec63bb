package io.newsflow.enrich.messaging;

import io.newsflow.enrich.pipeline.EnrichedArticlePublisher;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EnrichedArticleEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes enrichments and relations changes keyed by article id with CloudEvents headers (the type tells them
 * apart), waiting for the acknowledgement.
 */
@Component
class KafkaEnrichedArticlePublisher implements EnrichedArticlePublisher {

    static final String SOURCE = "/newsflow/enrich-service";

    private final KafkaTemplate<String, byte[]> kafka;

    KafkaEnrichedArticlePublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publish(EnrichedArticleEvent event) {
        publishAll(List.of(event));
    }

    @Override
    public Acknowledgement send(List<? extends EnrichedArticleEvent> events) {
        List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>();
        for (EnrichedArticleEvent event : events) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, event.id(),
                    EventCodec.encode(event));
            CloudEvent.of(EnrichedArticleEvent.type(event), SOURCE).toHeaders().forEach(record.headers()::add);
            sent.add(kafka.send(record));
        }
        List<String> ids = events.stream().map(EnrichedArticleEvent::id).toList();
        return () -> await(sent, ids);
    }

    private static void await(List<CompletableFuture<SendResult<String, byte[]>>> sent, List<String> ids) {
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + ids.get(i), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge enriched article " + ids.get(i), e);
            }
        }
    }
}
