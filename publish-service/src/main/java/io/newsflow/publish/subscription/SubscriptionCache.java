package io.newsflow.publish.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The subscription list in memory, so fanning an article out or draining a queue reads no subscription from the
 * store. This instance's changes are written through at once; other instances' are read in with the whole
 * (small) collection once per fanned-out poll ({@link #current()}) and otherwise at most every
 * {@code newsflow.publish.subscriptions.refresh-interval} (default 5 s), and a subscription not known yet is looked
 * up when asked for by id.
 */
@Primary
@Component
class SubscriptionCache implements SubscriptionStore {

    private final SubscriptionStore store;
    private final Duration refreshInterval;
    private final Clock clock;
    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private volatile Instant loadedAt = Instant.MIN;

    SubscriptionCache(@Qualifier("mongoSubscriptionStore") SubscriptionStore store, SubscriptionProperties properties,
            Clock clock) {
        this.store = store;
        this.refreshInterval = properties.refreshInterval();
        this.clock = clock;
    }

    @Override
    public synchronized void save(Subscription subscription) {
        store.save(subscription);
        byId.put(subscription.id(), subscription);
    }

    @Override
    public Optional<Subscription> find(String id) {
        refreshIfOld();
        Subscription known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Subscription> stored = store.find(id);
        stored.ifPresent(s -> byId.put(id, s));
        return stored;
    }

    @Override
    public List<Subscription> all() {
        refreshIfOld();
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized List<Subscription> current() {
        reload(clock.instant());
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized boolean delete(String id) {
        boolean deleted = store.delete(id);
        byId.remove(id);
        return deleted;
    }

    @Override
    public synchronized void setSecrets(String id, List<String> secrets) {
        store.setSecrets(id, secrets);
        update(id, s -> s.withSecrets(secrets));
    }

    @Override
    public synchronized void setState(String id, Subscription.State state, String reason) {
        store.setState(id, state, reason);
        update(id, s -> s.withHealth(state == Subscription.State.ACTIVE
                ? new Subscription.Health(state, s.health().lastAttemptAt(), 0, null, reason)
                : new Subscription.Health(state, s.health().lastAttemptAt(), s.health().consecutiveFailures(),
                        s.health().failingSince(), reason)));
    }

    @Override
    public synchronized void recordSuccess(String id, Instant at) {
        store.recordSuccess(id, at);
        update(id, s -> s.withHealth(new Subscription.Health(s.health().state(), at, 0, null,
                s.health().disabledReason())));
    }

    @Override
    public synchronized Optional<Subscription.Health> recordFailure(String id, Instant at) {
        Optional<Subscription.Health> health = store.recordFailure(id, at);
        health.ifPresent(h -> update(id, s -> s.withHealth(h)));
        return health;
    }

    private void update(String id, UnaryOperator<Subscription> change) {
        byId.computeIfPresent(id, (key, s) -> change.apply(s));
    }

    /** Under the lock the write-through methods hold, so a refresh never undoes a change made meanwhile. */
    private void refreshIfOld() {
        Instant now = clock.instant();
        if (loadedAt.plus(refreshInterval).isAfter(now)) {
            return;
        }
        synchronized (this) {
            if (loadedAt.plus(refreshInterval).isAfter(now)) {
                return;
            }
            reload(now);
        }
    }

    private void reload(Instant now) {
        List<Subscription> stored = store.all();
        stored.forEach(s -> byId.put(s.id(), s));
        byId.keySet().retainAll(stored.stream().map(Subscription::id).collect(Collectors.toSet()));
        loadedAt = now;
    }
}
