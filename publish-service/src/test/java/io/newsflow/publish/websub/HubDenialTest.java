package io.newsflow.publish.websub;

import static io.newsflow.publish.delivery.Receiver.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.PushProperties;
import io.newsflow.publish.delivery.Receiver;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Denials (WebSub §5.2) go to the callback, through the same guard as every outbound request. */
class HubDenialTest {

    private static final String TOPIC = "http://127.0.0.1:8080/feeds/latest.atom";

    private final Receiver subscriber = receiver();
    private Hub hub;

    @AfterEach
    void close() {
        subscriber.close();
        hub.stop();
    }

    @Test
    void deniesATopicThisHubDoesNotServeAtTheCallback() {
        hub = hub(new CallbackGuard(List.of("127.0.0.1")));
        String foreign = "https://example.com/feed";

        assertThatThrownBy(() -> hub.request("subscribe", subscriber.url("/cb"), foreign, null, null))
                .isInstanceOf(BadHubRequestException.class).hasMessageContaining("hub.topic");

        await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.received().size() == 1);
        assertThat(query(subscriber.received().get(0).uri())).containsEntry("hub.mode", "denied")
                .containsEntry("hub.topic", foreign).hasEntrySatisfying("hub.reason",
                        reason -> assertThat(reason).startsWith("hub.topic must be one of this service's feeds"));
    }

    @Test
    void aCallbackTheGuardRefusesIsNotCalledToBeToldSo() {
        hub = hub(new CallbackGuard(List.of()));

        assertThatThrownBy(() -> hub.request("subscribe", subscriber.url("/cb"), TOPIC, null, null))
                .isInstanceOf(BadHubRequestException.class).hasMessageContaining("loopback");

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> subscriber.received().isEmpty());
    }

    @Test
    void anUnsubscriptionIsRefusedWithoutADenial() {
        hub = hub(new CallbackGuard(List.of("127.0.0.1")));

        assertThatThrownBy(() -> hub.request("unsubscribe", subscriber.url("/cb"), "https://example.com/feed", null,
                null)).isInstanceOf(BadHubRequestException.class);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> subscriber.received().isEmpty());
    }

    private static Hub hub(CallbackGuard guard) {
        PushProperties push = PushProperties.defaults();
        return new Hub(new MemoryStore(), guard, new CallbackClient(guard, push), new PublishProperties(null, 0, 0, null),
                push, new WebSubProperties(null, null, null, 0, null, null), Clock.systemUTC());
    }

    private static Receiver receiver() {
        try {
            return Receiver.ok();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MemoryStore implements WebSubStore {

        private final Map<String, WebSubSubscription> subscriptions = new ConcurrentHashMap<>();

        @Override
        public void save(WebSubSubscription subscription) {
            subscriptions.put(subscription.key(), subscription);
        }

        @Override
        public void delete(String callback, String topic) {
            subscriptions.remove(callback + " " + topic);
        }

        @Override
        public Optional<WebSubSubscription> find(String callback, String topic) {
            return Optional.ofNullable(subscriptions.get(callback + " " + topic));
        }

        @Override
        public List<WebSubSubscription> all() {
            return List.copyOf(subscriptions.values());
        }
    }
}
