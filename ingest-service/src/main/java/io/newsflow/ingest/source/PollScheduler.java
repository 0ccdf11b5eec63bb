package io.newsflow.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * One fixed-delay task per active source on a small pool of its own. Not a {@code TaskScheduler} bean, so that
 * Spring Boot's own scheduler (and whatever else uses it) is unaffected. Started after, and stopped before, the
 * web server and Kafka producer, so that no poll outlives them. The stored sources are read again every
 * {@code RELOAD_DELAY}, so a source registered, paused or deleted through another ingest instance is scheduled or
 * dropped here too (which instance polls it is decided per poll, by its claim).
 */
@Component
class PollScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);
    private static final int POOL_SIZE = 2;
    private static final Duration RELOAD_DELAY = Duration.ofSeconds(10);

    private final SourceStore store;
    private final SourcePolling polling;
    private final SourcesProperties properties;
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private ThreadPoolTaskScheduler tasks;
    private volatile boolean running;

    PollScheduler(SourceStore store, SourcePolling polling, SourcesProperties properties) {
        this.store = store;
        this.polling = polling;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(POOL_SIZE);
        tasks.setThreadNamePrefix("source-poll-");
        tasks.setRemoveOnCancelPolicy(true);
        tasks.setWaitForTasksToCompleteOnShutdown(false);
        tasks.setAwaitTerminationSeconds(5);
        tasks.initialize();
        running = true;
        if (!properties.enabled()) {
            log.info("Source polling is disabled (newsflow.ingest.sources.enabled=false)");
            return;
        }
        // Off the startup thread: MongoDB being unreachable must not keep the service from starting.
        tasks.scheduleWithFixedDelay(this::scheduleStoredSources, Instant.now(), RELOAD_DELAY);
    }

    /** Schedules the stored active sources not scheduled yet and drops the ones gone or no longer active. */
    private void scheduleStoredSources() {
        try {
            List<Source> active = store.findAll().stream().filter(Source::active).toList();
            Set<String> ids = active.stream().map(Source::id).collect(Collectors.toSet());
            List.copyOf(scheduled.keySet()).stream().filter(id -> !ids.contains(id)).forEach(this::unschedule);
            List<Source> added = active.stream().filter(source -> !scheduled.containsKey(source.id())).toList();
            added.forEach(this::schedule);
            if (!added.isEmpty()) {
                log.info("Polling {} active source(s), {} newly found", active.size(), added.size());
            }
        } catch (RuntimeException e) {
            log.warn("Could not load the registered sources ({}); trying again in {}", e.toString(), RELOAD_DELAY);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        scheduled.values().forEach(task -> task.cancel(false));
        scheduled.clear();
        tasks.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void schedule(Source source) {
        if (!running || !properties.enabled() || !source.active()) {
            return;
        }
        String id = source.id();
        scheduled.compute(id, (key, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return tasks.scheduleWithFixedDelay(() -> polling.poll(id, false), Instant.now(), source.pollInterval());
        });
    }

    void unschedule(String id) {
        ScheduledFuture<?> task = scheduled.remove(id);
        if (task != null) {
            task.cancel(false);
        }
    }

    boolean isScheduled(String id) {
        return scheduled.containsKey(id);
    }

    void pollNow(String id) {
        if (running) {
            tasks.execute(() -> polling.poll(id, true));
        }
    }
}
