package io.newsflow.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SourceStore} in a map, for tests without MongoDB. */
final class InMemorySourceStore implements SourceStore {

    private final Map<String, Source> sources = new ConcurrentHashMap<>();
    private final Map<String, Claim> claims = new ConcurrentHashMap<>();

    private record Claim(String owner, Instant until) {
    }

    @Override
    public boolean insert(Source source) {
        return sources.putIfAbsent(source.id(), source) == null;
    }

    @Override
    public Optional<Source> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public List<Source> findAll() {
        return List.copyOf(sources.values());
    }

    @Override
    public boolean setState(String id, SourceState state) {
        return sources.computeIfPresent(id, (key, s) -> new Source(s.id(), s.type(), s.location(), s.name(),
                s.pollInterval(), state, s.lastPollAt(), s.lastSuccessAt(), s.itemsSeen(), s.itemsIngested(),
                s.lastError())) != null;
    }

    @Override
    public void recordPoll(String id, Instant polledAt, PollReport report) {
        sources.computeIfPresent(id, (key, s) -> new Source(s.id(), s.type(), s.location(), s.name(),
                s.pollInterval(), s.state(), polledAt, report.errors().isEmpty() ? polledAt : s.lastSuccessAt(),
                s.itemsSeen() + report.itemsSeen(), s.itemsIngested() + report.itemsIngested(),
                report.errorSummary()));
    }

    @Override
    public void recordFailure(String id, Instant polledAt, String error) {
        sources.computeIfPresent(id, (key, s) -> new Source(s.id(), s.type(), s.location(), s.name(),
                s.pollInterval(), s.state(), polledAt, s.lastSuccessAt(), s.itemsSeen(), s.itemsIngested(), error));
    }

    @Override
    public boolean delete(String id) {
        return sources.remove(id) != null;
    }

    @Override
    public synchronized boolean claimPoll(String id, String owner, Instant now, Instant until) {
        if (!sources.containsKey(id)) {
            return false;
        }
        Claim held = claims.get(id);
        if (held != null && !held.owner().equals(owner) && !held.until().isBefore(now)) {
            return false;
        }
        claims.put(id, new Claim(owner, until));
        return true;
    }
}
