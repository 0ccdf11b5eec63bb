package io.newsflow.console.tail;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.kafka.KafkaClients;
import io.newsflow.console.record.RecordView;
import io.newsflow.console.record.RecordViews;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One consumer thread reading every watched topic: partitions are assigned (no group), each starts at its end minus
 * the tail size, and nothing is committed. Topics created later are picked up on the next assignment check.
 */
@Component
class TailConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TailConsumer.class);
    private static final Duration RECHECK = Duration.ofSeconds(10);

    private final KafkaClients clients;
    private final List<TailListener> listeners;
    private final TailHub hub;
    private final int tailSize;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    TailConsumer(KafkaClients clients, List<TailListener> listeners, TailHub hub, ConsoleProperties properties) {
        this.clients = clients;
        this.listeners = listeners;
        this.hub = hub;
        this.tailSize = properties.tailSize();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "console-tail");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        hub.completeAll();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> tail = clients.observer("tail")) {
            consumer = tail;
            long nextCheck = 0;
            while (running) {
                if (System.nanoTime() - nextCheck >= 0) {
                    assignNewPartitions(tail);
                    nextCheck = System.nanoTime() + RECHECK.toNanos();
                }
                if (tail.assignment().isEmpty()) {
                    stopped.await(1, TimeUnit.SECONDS);
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : tail.poll(Duration.ofMillis(500))) {
                    deliver(RecordViews.of(record));
                }
            }
        } catch (WakeupException e) {
            log.debug("tail consumer woken up to stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (KafkaException e) {
            log.error("tail consumer stopped: {}", e.getMessage(), e);
        }
    }

    private void assignNewPartitions(KafkaConsumer<String, byte[]> tail) {
        Set<TopicPartition> assigned = new HashSet<>(tail.assignment());
        List<TopicPartition> added = new ArrayList<>();
        try {
            for (String topic : KafkaClients.TOPICS) {
                List<PartitionInfo> partitions = tail.partitionsFor(topic, Duration.ofSeconds(5));
                partitions.stream().map(info -> new TopicPartition(topic, info.partition()))
                        .filter(partition -> !assigned.contains(partition)).forEach(added::add);
            }
        } catch (KafkaException e) {
            log.warn("cannot list partitions of the watched topics yet: {}", e.getMessage());
        }
        if (added.isEmpty()) {
            return;
        }
        Set<TopicPartition> all = new HashSet<>(assigned);
        all.addAll(added);
        tail.assign(all);
        Map<TopicPartition, Long> ends = tail.endOffsets(added, Duration.ofSeconds(5));
        Map<TopicPartition, Long> begins = tail.beginningOffsets(added, Duration.ofSeconds(5));
        added.forEach(partition -> tail.seek(partition, Math.max(begins.get(partition), ends.get(partition) - tailSize)));
        log.info("tailing {} partitions of {}", all.size(), KafkaClients.TOPICS);
    }

    private void deliver(RecordView record) {
        for (TailListener listener : listeners) {
            try {
                listener.onRecord(record);
            } catch (RuntimeException e) {
                log.warn("tail listener {} failed on {}: {}", listener.getClass().getSimpleName(), record.id(),
                        e.getMessage());
            }
        }
    }
}
