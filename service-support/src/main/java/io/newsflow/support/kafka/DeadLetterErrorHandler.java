package io.newsflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Retries a failing record with exponential backoff, then sends it to {@code <topic>.DLT} (same partition) with
 * Spring Kafka's exception headers and counts it in {@code newsflow_deadletters_total{topic}}. Unreadable events
 * skip the retries: reading them again cannot help.
 */
public final class DeadLetterErrorHandler {

    private DeadLetterErrorHandler() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> template, RetryProperties retry,
            MeterRegistry meters) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialIntervalMs());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(10_000);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            meters.counter("newsflow.deadletters", "topic", record.topic()).increment();
            deadLetters.accept(record, exception);
        }, backOff);
        handler.addNotRetryableExceptions(EventCodec.MalformedEventException.class);
        return handler;
    }
}
