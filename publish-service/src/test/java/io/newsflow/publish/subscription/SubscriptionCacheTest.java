package io.newsflow.publish.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.newsflow.publish.delivery.InMemorySubscriptions;
import org.junit.jupiter.api.Test;

/** Two publish instances' caches over one store, as two processes over one MongoDB. */
class SubscriptionCacheTest {

    private final InMemorySubscriptions store = new InMemorySubscriptions();
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
        int before = store.reads();
        for (int i = 0; i < 100; i++) {
            second.all();
        }
        assertThat(store.reads() - before).isEqualTo(1);
        second.current();
        second.current();
        assertThat(store.reads() - before).isEqualTo(3);
    }

    private SubscriptionCache cache() {
        return new SubscriptionCache(store, new SubscriptionProperties(Duration.ofMinutes(10)), Clock.systemUTC());
    }

    private static Subscription subscription(String id) {
        return new Subscription(id, Subscription.Mode.PUSH, "https://partner.example/hook", SubscriptionFilter.ALL,
                PayloadFormat.ARTICLE, List.of(), Subscription.Health.active(), Instant.parse("2026-12-01T00:00:00Z"));
    }
}
