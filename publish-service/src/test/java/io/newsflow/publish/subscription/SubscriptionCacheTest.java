package io.newsflow.publish.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two publish instances' caches over one store, as two processes over one MongoDB. */
class SubscriptionCacheTest {

    private final SharedStore store = new SharedStore();
    private final SubscriptionCache first = cache();
    private final SubscriptionCache second = cache();

    @Test
    void aSubscriptionMadeThroughOneInstanceIsInTheOthersNextFanOutAtOnce() {
        assertThat(second.current()).isEmpty();
        first.save(subscription("sub_a"));

        assertThat(second.all()).as("between fan-outs the list comes from memory").isEmpty();
        assertThat(second.current()).extracting(Subscription::id).containsExactly("sub_a");
        assertThat(second.all()).extracting(Subscription::id).containsExactly("sub_a");
    }

    @Test
    void aDeletionThroughOneInstanceStopsTheOthersNextFanOut() {
        first.save(subscription("sub_a"));
        first.save(subscription("sub_b"));
        assertThat(second.current()).hasSize(2);

        first.delete("sub_a");

        assertThat(second.current()).extracting(Subscription::id).containsExactly("sub_b");
    }

    @Test
    void betweenFanOutsTheListIsReadFromTheStoreOnlyOncePerRefreshInterval() {
        first.save(subscription("sub_a"));
        int before = store.reads.get();
        for (int i = 0; i < 100; i++) {
            second.all();
        }
        assertThat(store.reads.get() - before).isEqualTo(1);
        second.current();
        second.current();
        assertThat(store.reads.get() - before).isEqualTo(3);
    }

    private SubscriptionCache cache() {
        return new SubscriptionCache(store, new SubscriptionProperties(Duration.ofMinutes(10)), Clock.systemUTC());
    }

    private static Subscription subscription(String id) {
        return new Subscription(id, Subscription.Mode.PUSH, "https://partner.example/hook", SubscriptionFilter.ALL,
                PayloadFormat.ARTICLE, List.of(), Subscription.Health.active(), Instant.parse("2026-12-01T00:00:00Z"));
    }

    /** What both instances' caches write through to and read from; counts the whole-collection reads. */
    private static final class SharedStore implements SubscriptionStore {

        private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public void save(Subscription subscription) {
            byId.put(subscription.id(), subscription);
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
            byId.computeIfPresent(id, (k, s) -> s.withHealth(new Subscription.Health(state, null, 0, null, reason)));
        }

        @Override
        public void recordSuccess(String id, Instant at) {
        }

        @Override
        public Optional<Subscription.Health> recordFailure(String id, Instant at) {
            return Optional.ofNullable(byId.get(id)).map(Subscription::health);
        }
    }
}
