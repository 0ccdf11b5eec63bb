package io.newsflow.enrich.category.messaging;

import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.enrich.category.TopicExampleChange;
import io.newsflow.enrich.category.TopicExampleLog;
import io.newsflow.model.CloudEvent;
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
 * Appends examples to the compacted {@link Topics#TOPIC_EXAMPLES} topic keyed by example id (a withdrawal is a
 * tombstone) and, once the broker acknowledged them, applies them to this instance's classifier at once; the
 * {@link TopicExampleFollower} of every instance, this one included, applies them again as it reads them, which
 * changes nothing here because an example replaces the one of its id.
 */
@Component
class KafkaTopicExampleLog implements TopicExampleLog {

    static final String SOURCE = "/newsflow/enrich-service";

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicClassifier classifier;

    KafkaTopicExampleLog(KafkaTemplate<String, byte[]> kafka, TopicClassifier classifier) {
        this.kafka = kafka;
        this.classifier = classifier;
    }

    @Override
    public void append(List<TopicExampleChange> changes) {
        List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>(changes.size());
        for (TopicExampleChange change : changes) {
            byte[] value = change.example() == null ? null : EventCodec.encode(change.example());
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TOPIC_EXAMPLES, change.id(), value);
            if (value != null) {
                CloudEvent.of(CloudEvent.TYPE_TOPIC_EXAMPLE, SOURCE).toHeaders().forEach(record.headers()::add);
            }
            sent.add(kafka.send(record));
        }
        for (int i = 0; i < sent.size(); i++) {
            await(sent.get(i), changes.get(i).id());
        }
        changes.forEach(change -> classifier.apply(change.id(), change.example()));
    }

    private static void await(CompletableFuture<SendResult<String, byte[]>> sent, String id) {
        try {
            sent.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending topic example " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge topic example " + id, e);
        }
    }
}
