package io.newsflow.publish.delivery;

import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Subscriptions in a map, for unit tests and the benchmark; counts how often the whole list is read. */
public final class InMemorySubscriptions implements SubscriptionStore {
    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public void save(Subscription s) {
        byId.put(s.id(), s);
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Subscription> all() {
        reads.incrementAndGet();
        return List.copyOf(byId.values());
    }

    /** How many times {@link #all()} was called. */
    public int reads() {
        return reads.get();
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }

    @Override
    public void setSecrets(String id, List<String> secrets) {
        byId.computeIfPresent(id, (k, s) -> s.withSecrets(secrets));
    }

    @Override
    public void setState(String id, Subscription.State state, String reason) {
        update(id, h -> new Subscription.Health(state, h.lastAttemptAt(),
                state == Subscription.State.ACTIVE ? 0 : h.consecutiveFailures(),
                state == Subscription.State.ACTIVE ? null : h.failingSince(), reason));
    }

    @Override
    public void recordSuccess(String id, Instant at) {
        update(id, h -> new Subscription.Health(h.state(), at, 0, null, h.disabledReason()));
    }

    @Override
    public Optional<Subscription.Health> recordFailure(String id, Instant at) {
        update(id, h -> new Subscription.Health(h.state(), at, h.consecutiveFailures() + 1,
                h.failingSince() == null ? at : h.failingSince(), h.disabledReason()));
        return find(id).map(Subscription::health);
    }

    private void update(String id, java.util.function.UnaryOperator<Subscription.Health> change) {
        byId.computeIfPresent(id, (k, s) -> new Subscription(s.id(), s.mode(), s.callback(), s.filter(),
                s.format(), s.secrets(), change.apply(s.health()), s.createdAt()));
    }
}
