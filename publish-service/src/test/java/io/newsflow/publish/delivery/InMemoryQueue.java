package io.newsflow.publish.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Queues in maps with the Mongo adapter's contract, for unit tests and the benchmark (which measures the engine, not Mongo). */
public final class InMemoryQueue implements DeliveryQueue {
    private final Map<String, QueuedDelivery> messages = new ConcurrentHashMap<>();
    private final Map<String, long[]> positions = new ConcurrentHashMap<>();
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<GivenUp> givenUp = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> recovered = ConcurrentHashMap.newKeySet();

    /** One message, as the benchmark and unit tests queue them. */
    public long enqueue(String id, QueuedDelivery d) {
        enqueue(List.of(new Entry(id, d)));
        return position(id).last();
    }

    @Override
    public List<Key> unseen(List<Key> keys) {
        return keys.stream().filter(k -> !seen.contains(k.subscriptionId() + "|" + k.webhookId())).toList();
    }

    @Override
    public void enqueue(List<Entry> entries) {
        for (Entry entry : entries) {
            String id = entry.subscriptionId();
            long[] p = positions.computeIfAbsent(id, k -> new long[3]);
            synchronized (p) {
                long seq = p[0] + 1;
                messages.put(id + ":" + seq, entry.delivery().at(id, seq, 0, null));
                p[0] = seq;
            }
            seen.add(id + "|" + entry.delivery().webhookId());
        }
    }

    @Override
    public Position position(String id) {
        long[] p = positions.getOrDefault(id, new long[3]);
        synchronized (p) {
            return new Position(p[0], p[1], p[2]);
        }
    }

    @Override
    public Map<String, Long> depths(Collection<String> ids) {
        Map<String, Long> depths = new HashMap<>();
        ids.forEach(id -> {
            long depth = position(id).depth();
            if (depth > 0) {
                depths.put(id, depth);
            }
        });
        return depths;
    }

    @Override
    public long last(String id) {
        return position(id).last();
    }

    public Optional<QueuedDelivery> get(String id, long seq) {
        return Optional.ofNullable(messages.get(id + ":" + seq));
    }

    @Override
    public List<QueuedDelivery> range(String id, long afterSeq, int limit) {
        List<QueuedDelivery> found = new ArrayList<>();
        for (long seq = afterSeq + 1; seq <= afterSeq + limit; seq++) {
            get(id, seq).ifPresent(found::add);
        }
        found.sort(Comparator.comparingLong(QueuedDelivery::seq));
        return found;
    }

    @Override
    public void recordAttempt(String id, long seq, int attempts, Instant next) {
        messages.computeIfPresent(id + ":" + seq, (k, d) -> d.at(id, seq, attempts, next));
    }

    @Override
    public void complete(String id, long seq, String owner, Instant until) {
        long[] p = positions.computeIfAbsent(id, k -> new long[3]);
        synchronized (p) {
            p[1] = Math.max(p[1], seq);
        }
        if (until == null) {
            owners.remove(id, owner);
        }
    }

    @Override
    public void acknowledge(String id, long cursor) {
        long[] p = positions.computeIfAbsent(id, k -> new long[3]);
        synchronized (p) {
            p[2] = Math.max(p[2], cursor);
        }
    }

    @Override
    public OptionalLong lock(String id, String owner, Instant until, Instant now) {
        return owners.merge(id, owner, (old, mine) -> old).equals(owner) ? OptionalLong.of(position(id).done())
                : OptionalLong.empty();
    }

    @Override
    public void unlock(String id, String owner) {
        owners.remove(id, owner);
    }

    @Override
    public void drop(String id) {
        positions.remove(id);
    }

    @Override
    public void recordGivenUp(QueuedDelivery message, Instant at) {
        givenUp.add(new GivenUp(message.subscriptionId() + ":" + (givenUp.size() + 1), message, at));
    }

    @Override
    public List<GivenUp> givenUpSince(String id, Instant since) {
        return givenUp.stream().filter(g -> g.message().subscriptionId().equals(id) && !recovered.contains(g.id())
                && !g.message().enqueuedAt().isBefore(since)).toList();
    }

    @Override
    public void recovered(List<GivenUp> done) {
        done.forEach(g -> recovered.add(g.id()));
    }
}
