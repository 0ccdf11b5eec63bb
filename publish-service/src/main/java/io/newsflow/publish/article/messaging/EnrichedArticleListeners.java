package io.newsflow.publish.article.messaging;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EnrichedArticleEvent;
import io.newsflow.model.Topics;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.article.EnrichedEvents;
import io.newsflow.publish.article.HeldArticles;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.support.metrics.PipelineMetrics;
import io.newsflow.support.tracing.ArticleTrace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * Two consumers of the enriched topic. The read-model writer runs in the shared group, so each article is
 * stored (and its per-article side effects run) once per deployment; it takes a poll's records together, so the
 * store is written once per poll, and the offsets are committed only after that. The broadcast reader runs in a
 * group of its own per instance from the beginning of the topic, so every instance's feed cache and streams see
 * every article (the GlobalKTable pattern).
 */
@Component
class EnrichedArticleListeners {

    static final String READ_MODEL = "publish-read-model";

    private final ReadModel readModel;
    private final HeldArticles cache;
    private final List<ArticleHandlers.OncePerGroup> oncePerGroup;
    private final List<ArticleHandlers.OnEveryInstance> onEveryInstance;
    private final PipelineMetrics metrics;
    private final ObservationRegistry observations;
    private final Tracer tracer;

    EnrichedArticleListeners(ReadModel readModel, HeldArticles cache,
            List<ArticleHandlers.OncePerGroup> oncePerGroup, List<ArticleHandlers.OnEveryInstance> onEveryInstance,
            PipelineMetrics metrics,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer) {
        this.metrics = metrics;
        this.readModel = readModel;
        this.cache = cache;
        this.oncePerGroup = oncePerGroup;
        this.onEveryInstance = onEveryInstance;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    /**
     * When a record cannot be read, the ones before it are stored first and the error handler learns which one it
     * was; when storing fails, it starts again at the poll's first record. A relations change is applied to the
     * stored article it changes (read with the poll's others in one command) and goes on as the changed article.
     */
    @KafkaListener(id = READ_MODEL, topics = Topics.ARTICLES_ENRICHED,
            groupId = "${newsflow.publish.group:publish-service}", batch = "true")
    void storeInReadModel(List<ConsumerRecord<String, byte[]>> records) {
        List<EnrichedArticleEvent> events = new ArrayList<>(records.size());
        List<String> traceparents = new ArrayList<>(records.size());
        int read = 0;
        try {
            for (; read < records.size(); read++) {
                ConsumerRecord<String, byte[]> record = records.get(read);
                events.add(EnrichedRecords.decode(record));
                traceparents.add(observe(record));
            }
        } catch (RuntimeException e) {
            publish(events, traceparents, records);
            throw new BatchListenerFailedException("reading " + records.get(read).key() + " failed: "
                    + e.getMessage(), e, records.get(read));
        }
        publish(events, traceparents, records);
    }

    private void publish(List<EnrichedArticleEvent> events, List<String> traceparents,
            List<ConsumerRecord<String, byte[]>> records) {
        if (events.isEmpty()) {
            return;
        }
        List<ArticleHandlers.Received> received = new ArrayList<>(events.size());
        try {
            List<ArticleEnriched> made = EnrichedEvents.records(events, this::stored);
            for (int i = 0; i < made.size(); i++) {
                if (made.get(i) != null) {
                    received.add(new ArticleHandlers.Received(made.get(i), traceparents.get(i)));
                }
            }
            if (received.isEmpty()) {
                return;
            }
            readModel.upsertAll(received.stream().map(ArticleHandlers.Received::article).toList());
            oncePerGroup.forEach(handler -> handler.onEnriched(received));
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("storing or queueing the poll failed: " + e.getMessage(), e,
                    records.get(0));
        }
        for (ArticleHandlers.Received r : received) {
            metrics.count("newsflow.articles.published");
            metrics.reached("published", r.article().article().ingestedAt());
        }
    }

    private Map<String, ArticleEnriched> stored(Set<String> ids) {
        Map<String, ArticleEnriched> found = new HashMap<>();
        readModel.findAll(List.copyOf(ids)).forEach(article -> found.put(article.id(), article));
        return found;
    }

    /** The record's listener span, as for a record listener: the article's trace goes on through its deliveries. */
    private String observe(ConsumerRecord<String, byte[]> record) {
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, READ_MODEL, () -> null), observations)
                .observe(this::traceparent);
    }

    private String traceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        return ArticleTrace.format(context.traceId(), context.spanId(), Boolean.TRUE.equals(context.sampled()))
                .orElse(null);
    }

    @KafkaListener(id = "publish-broadcast", topics = Topics.ARTICLES_ENRICHED,
            groupId = "publish-broadcast-${random.uuid}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    void updateInstanceState(ConsumerRecord<String, byte[]> record) {
        ArticleEnriched article = EnrichedEvents.records(List.of(EnrichedRecords.decode(record)), this::cached)
                .get(0);
        if (article != null) {
            onEveryInstance.forEach(handler -> handler.onEnriched(article));
        }
    }

    /**
     * A relations change reaches this instance's state when the feed cache holds its article: the cache (and so every
     * feed) is all of that state an older article's relations show in; live streams see the change of an article
     * the cache holds, a stream resumed from a position reads every change from the read model.
     */
    private Map<String, ArticleEnriched> cached(Set<String> ids) {
        Map<String, ArticleEnriched> found = new HashMap<>();
        ids.forEach(id -> cache.find(id).ifPresent(article -> found.put(id, article)));
        return found;
    }
}
