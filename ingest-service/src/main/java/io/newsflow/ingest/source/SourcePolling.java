package io.newsflow.ingest.source;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one poll of one source with the poller for its type and records the outcome on the source. A scheduled poll
 * runs only on the instance that holds the source's poll claim ({@link SourceStore#claimPoll}), so several ingest
 * instances poll each source once per interval; an operator's poll-now runs where it was asked.
 */
@Component
class SourcePolling {

    private static final Logger log = LoggerFactory.getLogger(SourcePolling.class);

    private final SourceStore store;
    private final Map<SourceType, SourcePoller> pollers = new EnumMap<>(SourceType.class);
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> rerun = ConcurrentHashMap.newKeySet();
    private final String owner = "ingest-" + UUID.randomUUID();

    SourcePolling(SourceStore store, List<SourcePoller> pollers, Clock clock) {
        this.store = store;
        pollers.forEach(poller -> this.pollers.put(poller.type(), poller));
        this.clock = clock;
    }

    /**
     * @param requested true for an operator's poll-now, which also polls a paused source and, when a poll of the
     *     source is already running, runs once more right after it instead of being dropped
     */
    void poll(String id, boolean requested) {
        // Two overlapping polls of one source would fetch and count the same entries twice.
        if (!inFlight.add(id)) {
            if (!requested) {
                return;
            }
            rerun.add(id);
            if (!inFlight.add(id)) {
                return;
            }
            rerun.remove(id);
        }
        boolean force = requested;
        try {
            do {
                Optional<Source> source = store.find(id);
                if (source.isPresent() && (force || source.get().active() && claimed(source.get()))) {
                    pollOnce(source.get());
                }
                force = true;
            } while (rerun.remove(id));
        } finally {
            inFlight.remove(id);
        }
        // A request made between the last check and the removal above would otherwise be lost.
        if (rerun.remove(id)) {
            poll(id, true);
        }
    }

    /**
     * For two intervals: the holder renews the claim at each of its polls (one interval after the last one ended),
     * so it keeps the source while it runs, and another instance takes over at most two intervals after its last poll.
     */
    private boolean claimed(Source source) {
        Instant now = clock.instant();
        return store.claimPoll(source.id(), owner, now, now.plus(source.pollInterval().multipliedBy(2)));
    }

    private void pollOnce(Source source) {
        Instant started = clock.instant();
        try {
            PollReport report = pollers.get(source.type()).poll(source);
            store.recordPoll(source.id(), started, report);
            if (!report.errors().isEmpty()) {
                log.warn("Source {} ({}): {}", source.id(), source.location(), report.errorSummary());
            }
        } catch (PollFailedException e) {
            log.warn("Source {} ({}) could not be polled: {}", source.id(), source.location(), e.getMessage());
            store.recordFailure(source.id(), started, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Source {} ({}) failed unexpectedly", source.id(), source.location(), e);
            store.recordFailure(source.id(), started, "Unexpected error while polling: " + e);
        }
    }
}
