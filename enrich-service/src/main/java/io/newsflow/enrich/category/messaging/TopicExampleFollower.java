package io.newsflow.enrich.category.messaging;

import io.newsflow.enrich.EnrichProperties;
import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.model.TopicExampleRecorded;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Every instance's reader of the examples log: at start it reads the whole compacted topic into the classifier
 * before the raw-article listener starts (its lifecycle phase comes first), so a restarted or added instance
 * answers as the others do from its first article; then it follows the log for as long as the service runs. It
 * assigns itself every partition and commits nothing: each instance reads everything, from the beginning.
 */
@Component
class TopicExampleFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicExampleFollower.class);

    private final ConsumerFactory<String, byte[]> consumers;
    private final TopicClassifier classifier;
    private final Duration catchUpTimeout;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private Thread thread;

    TopicExampleFollower(ConsumerFactory<String, byte[]> consumers, TopicClassifier classifier,
            EnrichProperties properties) {
        this.consumers = consumers;
        this.classifier = classifier;
        this.catchUpTimeout = properties.examples().catchUpTimeout();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "topic-examples-follower");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!caughtUp.await(catchUpTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("examples log not read to its end within {}; enriching with what was read so far",
                        catchUpTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void follow() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, byte[]> reader = consumers.createConsumer(null, "topic-examples", null, overrides)) {
            consumer = reader;
            List<TopicPartition> partitions = reader.partitionsFor(Topics.TOPIC_EXAMPLES, Duration.ofSeconds(60))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            long started = System.nanoTime();
            while (running) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (caughtUp.getCount() > 0 && ends.entrySet().stream()
                        .allMatch(end -> reader.position(end.getKey()) >= end.getValue())) {
                    log.info("topic classifier rebuilt from the examples log: {} records in {} ms, model {}",
                            applied.get(), (System.nanoTime() - started) / 1_000_000, classifier.state());
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            log.debug("examples follower stopped");
        } catch (RuntimeException e) {
            log.error("examples follower failed; this instance's topic model stops learning", e);
        } finally {
            caughtUp.countDown();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            TopicExampleRecorded example = record.value() == null ? null
                    : EventCodec.decode(record.value(), TopicExampleRecorded.class);
            classifier.apply(record.key(), example);
            applied.incrementAndGet();
        } catch (RuntimeException e) {
            log.warn("skipping unreadable topic example {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    /** Records of the log applied since start. */
    long applied() {
        return applied.get();
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> reader = consumer;
        if (reader != null) {
            reader.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers: the model is whole when the first raw article arrives. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
    }
}
