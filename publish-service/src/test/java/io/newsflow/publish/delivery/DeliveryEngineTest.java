package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Secrets;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionFilter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delivery engine against real HTTP receivers, with its stores in memory. */
class DeliveryEngineTest {

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final InMemoryQueue queue = new InMemoryQueue();
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final List<String> alerts = new CopyOnWriteArrayList<>();
    private DeliveryWorkers workers;

    @AfterEach
    void stop() {
        workers.stop();
    }

    private void start(String schedule, Duration disableAfter, CallbackGuard.Resolver resolver) {
        PushProperties properties = new PushProperties(List.of(schedule.split(",")).stream().map(Duration::parse)
                .toList(), Duration.ofSeconds(2), Duration.ofSeconds(1), disableAfter, List.of("127.0.0.1"), 2, null,
                Duration.ofMillis(200), 0, null, null, null);
        CallbackGuard guard = resolver == null ? new CallbackGuard(properties.allowedHosts())
                : new CallbackGuard(List.of(), resolver);
        workers = new DeliveryWorkers(subscriptions, queue, attempts, (kind, id, message) -> alerts.add(kind + " " + message),
                new CallbackClient(guard, properties), properties, Clock.systemUTC());
        workers.start();
    }

    private String subscribe(String callback) {
        Subscription s = new Subscription("sub-" + System.nanoTime(), Subscription.Mode.PUSH, callback,
                SubscriptionFilter.ALL, PayloadFormat.ARTICLE, List.of(Secrets.generate()), Subscription.Health.active(),
                Instant.now());
        subscriptions.save(s);
        return s.id();
    }

    private void enqueue(String id, String webhookId) {
        queue.enqueue(id, QueuedDelivery.of(webhookId, "article.published", "a", "application/json", "{}", Instant.now(), null));
        workers.wake(id);
    }

    @Test
    void disablesAnEndpointFailingLongerThanTheSpanAndAlertsOperators() throws Exception {
        start("PT0S,PT0.1S,PT0.1S,PT0.1S,PT0.1S,PT0.1S,PT0.1S,PT0.1S,PT0.1S,PT0.1S", Duration.ofMillis(500), null);
        try (Receiver receiver = new Receiver(n -> 500)) {
            String id = subscribe(receiver.url("/down"));
            enqueue(id, "msg_1");
            await().atMost(Duration.ofSeconds(5)).until(() -> subscriptions.find(id).orElseThrow().health().state()
                    == Subscription.State.DISABLED);
            assertThat(subscriptions.find(id).orElseThrow().health().disabledReason()).contains("failed since");
            assertThat(alerts).singleElement().asString().startsWith("subscription.disabled");
            int tried = receiver.received().size();
            enqueue(id, "msg_2");
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                    .until(() -> receiver.received().size() == tried);
        }
    }

    @Test
    void givesUpAfterTheLastScheduledAttemptAndMovesOn() throws Exception {
        start("PT0S,PT0.05S,PT0.05S", Duration.ofDays(1), null);
        try (Receiver receiver = new Receiver(n -> n <= 3 ? 500 : 200)) {
            String id = subscribe(receiver.url("/flaky"));
            enqueue(id, "msg_first");
            enqueue(id, "msg_second");
            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 1);
            assertThat(receiver.received()).extracting(r -> r.header("webhook-id"))
                    .containsExactly("msg_first", "msg_first", "msg_first", "msg_second");
            // the attempt is logged once the receiver has answered: wait for it too
            await().atMost(Duration.ofSeconds(5)).until(() -> attempts.recent(id, 10).size() == 4);
            assertThat(attempts.recent(id, 10)).extracting(Attempt::attempt).containsExactly(1, 3, 2, 1);
        }
    }

    @Test
    void treatsARedirectAsAFailureWithoutFollowingIt() throws Exception {
        start("PT0S", Duration.ofDays(1), null);
        try (Receiver receiver = new Receiver(n -> n == 1 ? 302 : 200)) {
            receiver.respondWith(r -> "");
            String id = subscribe(receiver.url("/moved"));
            enqueue(id, "msg_redirect");
            await().atMost(Duration.ofSeconds(5)).until(() -> attempts.recent(id, 5).size() == 1);
            assertThat(attempts.recent(id, 5).get(0).status()).isEqualTo(302);
            await().during(Duration.ofMillis(400)).until(() -> receiver.received().size() == 1);
        }
    }

    @Test
    void failsTheAttemptWhenTheCallbackNowResolvesToAPrivateAddress() throws Exception {
        InetAddress[][] dns = {{InetAddress.getByName("93.184.216.34")}};
        start("PT0S", Duration.ofDays(1), host -> dns[0]);
        String id = subscribe("http://hooks.partner.test/newsflow");
        dns[0] = new InetAddress[] {InetAddress.getByName("10.0.0.5")};
        enqueue(id, "msg_rebound");
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.recent(id, 5).size() == 1);
        Attempt attempt = attempts.recent(id, 5).get(0);
        assertThat(attempt.status()).isZero();
        assertThat(attempt.error()).startsWith("forbidden").contains("10.0.0.5");
    }
}
