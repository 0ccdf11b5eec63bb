package io.newsflow.ingest.article.messaging;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.ArticlePublisher;
import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends with acks=all and idempotence (application.yml); the acknowledgement is awaited for a bounded time. */
@Component
class KafkaArticlePublisher implements ArticlePublisher {

    static final String SOURCE = "/newsflow/ingest-service";

    private final KafkaTemplate<String, byte[]> kafka;
    private final IngestProperties properties;
    private final Tracer tracer;
    private final Propagator propagator;

    KafkaArticlePublisher(KafkaTemplate<String, byte[]> kafka, IngestProperties properties, Tracer tracer,
            Propagator propagator) {
        this.kafka = kafka;
        this.properties = properties;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public CompletableFuture<Void> publish(ArticleIngested article) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_RAW, article.id(),
                EventCodec.encode(article));
        CloudEvent.of(CloudEvent.TYPE_INGESTED, SOURCE).toHeaders().forEach(record.headers()::add);
        TraceContext trace = tracer.currentTraceContext().context();
        if (trace != null) {
            // The request's trace continues in enrich and publish, whose listeners read this W3C header.
            propagator.inject(trace, record.headers(),
                    (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
        }
        CompletableFuture<Void> acknowledged;
        try {
            acknowledged = kafka.send(record).thenApply(result -> (Void) null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure(article, e));
        }
        return acknowledged
                .orTimeout(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(failure(article, e)));
    }

    private static PublishFailedException failure(ArticleIngested article, Throwable cause) {
        return new PublishFailedException("Kafka did not acknowledge article " + article.id(), cause);
    }
}
