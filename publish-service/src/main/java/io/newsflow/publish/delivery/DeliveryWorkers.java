package io.newsflow.publish.delivery;

import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool that drains subscribers' queues, each by one worker at a time (in this instance by a flag, across
 * instances by a lease in the store). Woken when something is queued, at a message's next attempt time, and by a
 * periodic sweep, which also picks up at start whatever a previous process left undelivered.
 */
public class DeliveryWorkers {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final SubscriptionStore subscriptions;
    private final DeliveryQueue queue;
    private final QueueDrainer drainer;
    private final PushProperties properties;
    private final Clock clock;
    private final String owner = "worker-" + UUID.randomUUID();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private volatile boolean stopped;

    public DeliveryWorkers(SubscriptionStore subscriptions, DeliveryQueue queue, AttemptLog attempts,
            OperatorAlerts alerts, CallbackClient client, PushProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
        this.drainer = new QueueDrainer(subscriptions, queue, attempts, alerts, client, properties, clock);
        this.pool = Executors.newFixedThreadPool(properties.workers(), named("push-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("push-timer"));
    }

    public void start() {
        long sweep = properties.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, 0, sweep, TimeUnit.MILLISECONDS);
    }

    /** Stops taking work; a delivery cut off here stays at the head of its queue for the next start. */
    public void stop() {
        stopped = true;
        timer.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Something may be due in this subscriber's queue. */
    public void wake(String subscriptionId) {
        if (stopped) {
            return;
        }
        Run run = runs.computeIfAbsent(subscriptionId, Run::new);
        run.again = true;
        if (run.running.compareAndSet(false, true)) {
            pool.execute(run);
        }
    }

    private void sweep() {
        try {
            List<String> pushing = subscriptions.all().stream().filter(Subscription::pushes).map(Subscription::id)
                    .toList();
            queue.depths(pushing).keySet().forEach(this::wake);
        } catch (RuntimeException e) {
            log.warn("delivery sweep failed, next one in {}: {}", properties.sweepInterval(), e.toString());
        }
    }

    private final class Run implements Runnable {

        private final String subscriptionId;
        private final AtomicBoolean running = new AtomicBoolean();
        private volatile boolean again;

        Run(String subscriptionId) {
            this.subscriptionId = subscriptionId;
        }

        @Override
        public void run() {
            Optional<Instant> due = Optional.empty();
            try {
                do {
                    again = false;
                    due = drainer.drain(subscriptionId, owner);
                } while (again && !stopped);
            } catch (RuntimeException e) {
                log.warn("delivery to {} interrupted, retried by the next sweep: {}", subscriptionId, e.toString());
                unlock();
            } finally {
                release();
            }
            due.ifPresent(at -> later(at));
        }

        /** A drain releases the queue when it ends; this is for one cut short. */
        private void unlock() {
            try {
                queue.unlock(subscriptionId, owner);
            } catch (RuntimeException e) {
                log.debug("cannot release {}: {}", subscriptionId, e.toString());
            }
        }

        private void release() {
            running.set(false);
            if (again && !stopped && running.compareAndSet(false, true)) {
                pool.execute(this);
            }
        }

        private void later(Instant at) {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            if (!stopped) {
                timer.schedule(() -> wake(subscriptionId), delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
