package io.newsflow.enrich.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.newsflow.enrich.pipeline.ArticleEnrichment;
import io.newsflow.enrich.pipeline.EnrichmentBatch;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.support.metrics.PipelineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * One consumer group for all enrich instances: each raw event is enriched by exactly one of them. The records
 * of a poll are enriched in order and published and stored together (one wait for the broker, one write). When
 * one fails, the ones before it are published and stored first, and the error handler learns which one it was:
 * it retries from there and sends that record alone to the dead-letter topic.
 */
@Component
class RawArticleListener {

    static final String ID = "enrich-raw";

    private final ArticleEnrichment enrichment;
    private final PipelineMetrics metrics;
    private final ObservationRegistry observations;

    RawArticleListener(ArticleEnrichment enrichment, PipelineMetrics metrics,
            ObjectProvider<ObservationRegistry> observations) {
        this.enrichment = enrichment;
        this.metrics = metrics;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    @KafkaListener(id = ID, topics = Topics.ARTICLES_RAW, groupId = "${newsflow.enrich.group:enrich-service}",
            batch = "true")
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) {
        List<Map.Entry<ArticleIngested, Boolean>> outcomes = new ArrayList<>();
        try (EnrichmentBatch batch = enrichment.batch()) {
            batch.prefetch(records.stream().map(ConsumerRecord::key).filter(Objects::nonNull).distinct().toList());
            int done = 0;
            try {
                for (; done < records.size(); done++) {
                    ConsumerRecord<String, byte[]> record = records.get(done);
                    ArticleIngested article = EventCodec.decode(record.value(), ArticleIngested.class);
                    outcomes.add(Map.entry(article, observe(record, () -> batch.process(article)).isPresent()));
                }
            } catch (RuntimeException e) {
                flush(batch, records);
                outcomes.forEach(outcome -> count(outcome.getKey(), outcome.getValue()));
                throw new BatchListenerFailedException(
                        "enriching " + records.get(done).key() + " failed: " + e.getMessage(), e, records.get(done));
            }
            flush(batch, records);
        }
        outcomes.forEach(outcome -> count(outcome.getKey(), outcome.getValue()));
    }

    /** Runs the record's work in a listener observation, as for a record listener: its trace goes on. */
    private Optional<ArticleEnriched> observe(ConsumerRecord<String, byte[]> record,
            Observation.CheckedCallable<Optional<ArticleEnriched>, RuntimeException> work) {
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, ID, () -> null), observations).observeChecked(work);
    }

    /** Nothing of the batch is stored when this fails: the error handler starts again at its first record. */
    private static void flush(EnrichmentBatch batch, List<ConsumerRecord<String, byte[]>> records) {
        try {
            batch.flush();
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("publishing or storing the batch failed: " + e.getMessage(), e,
                    records.get(0));
        }
    }

    private void count(ArticleIngested article, boolean enriched) {
        metrics.count("newsflow.articles.enriched", "result", enriched ? "enriched" : "already-enriched");
        if (enriched) {
            metrics.reached("enriched", article.ingestedAt());
        }
    }
}
