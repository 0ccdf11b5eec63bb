package io.newsflow.ingest.source;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The public way to manage sources, for the admin API and for any other code: register, pause, resume, delete,
 * poll now. Every change takes effect on the schedule at once.
 */
@Service
public class SourceRegistry {

    private static final int MAX_NAME_LENGTH = 200;

    private final SourceStore store;
    private final SeenItemStore seen;
    private final PollScheduler scheduler;
    private final SourcesProperties properties;

    SourceRegistry(SourceStore store, SeenItemStore seen, PollScheduler scheduler, SourcesProperties properties) {
        this.store = store;
        this.seen = seen;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /**
     * Registers a source, or returns the one already registered with the same type and location.
     *
     * @param name shown to operators; the location when null or blank
     * @param interval time between polls; the configured default when null
     * @throws InvalidSourceException when the location or interval cannot be used
     */
    public Registration register(SourceType type, String location, String name, Duration interval) {
        if (type == null) {
            throw new InvalidSourceException("'type' is required: feed, sitemap or directory.");
        }
        String normalized = SourceLocations.normalize(type, location);
        Duration every = interval == null ? properties.defaultPollInterval() : interval;
        if (every.compareTo(properties.minPollInterval()) < 0) {
            throw new InvalidSourceException("'pollInterval' " + every + " is shorter than the minimum "
                    + properties.minPollInterval() + ".");
        }
        String label = name == null || name.isBlank() ? normalized : name.strip();
        if (label.length() > MAX_NAME_LENGTH) {
            throw new InvalidSourceException("'name' is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        String id = SourceLocations.id(type, normalized);
        Optional<Source> existing = store.find(id);
        if (existing.isPresent()) {
            return new Registration(existing.get(), false);
        }
        Source source = new Source(id, type, normalized, label, every, SourceState.ACTIVE, null, null, 0, 0, null);
        if (!store.insert(source)) {
            // Lost a race with an identical registration: that one stands.
            return new Registration(get(id), false);
        }
        scheduler.schedule(source);
        return new Registration(source, true);
    }

    public List<Source> list() {
        return store.findAll().stream().sorted(Comparator.comparing(Source::name).thenComparing(Source::id)).toList();
    }

    /** @throws UnknownSourceException when there is no such source */
    public Source get(String id) {
        return store.find(id).orElseThrow(() -> new UnknownSourceException(id));
    }

    public Source pause(String id) {
        if (!store.setState(id, SourceState.PAUSED)) {
            throw new UnknownSourceException(id);
        }
        scheduler.unschedule(id);
        return get(id);
    }

    public Source resume(String id) {
        if (!store.setState(id, SourceState.ACTIVE)) {
            throw new UnknownSourceException(id);
        }
        Source source = get(id);
        scheduler.schedule(source);
        return source;
    }

    /** Stops polling and forgets the source and what it has seen. */
    public void delete(String id) {
        scheduler.unschedule(id);
        if (!store.delete(id)) {
            throw new UnknownSourceException(id);
        }
        seen.forgetAll(id);
    }

    /** Polls in the background, paused or not; right after the running poll if one is under way. */
    public void pollNow(String id) {
        scheduler.pollNow(get(id).id());
    }
}
