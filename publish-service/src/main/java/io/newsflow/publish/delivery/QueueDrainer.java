package io.newsflow.publish.delivery;

import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import io.newsflow.support.tracing.ArticleTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through one subscriber's queue in order: the head message is attempted until it succeeds or is given up
 * on, only then the next. Returns when the queue is empty, the head must wait for its next attempt, or the
 * subscription stopped pushing.
 */
class QueueDrainer {

    private static final Logger log = LoggerFactory.getLogger(QueueDrainer.class);

    private final SubscriptionStore subscriptions;
    private final DeliveryQueue queue;
    private final AttemptLog attempts;
    private final OperatorAlerts alerts;
    private final CallbackClient client;
    private final PushProperties properties;
    private final Clock clock;

    QueueDrainer(SubscriptionStore subscriptions, DeliveryQueue queue, AttemptLog attempts, OperatorAlerts alerts,
            CallbackClient client, PushProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.attempts = attempts;
        this.alerts = alerts;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return when the head message is due again, or empty when nothing waits */
    Optional<Instant> drain(String subscriptionId, String owner) {
        while (!Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            Optional<Subscription> subscription = subscriptions.find(subscriptionId);
            if (subscription.isEmpty() || !subscription.get().pushes()
                    || !queue.lock(subscriptionId, owner, now.plus(properties.lease()), now)) {
                return Optional.empty();
            }
            DeliveryQueue.Position position = queue.position(subscriptionId);
            long next = position.done() + 1;
            if (next > position.last()) {
                return Optional.empty();
            }
            Optional<QueuedDelivery> head = queue.get(subscriptionId, next);
            if (head.isEmpty()) {
                // an enqueue between taking its number and storing the message: look again shortly
                return Optional.of(now.plusSeconds(1));
            }
            if (head.get().nextAttemptAt() != null && head.get().nextAttemptAt().isAfter(now)) {
                return Optional.of(head.get().nextAttemptAt());
            }
            if (!attempt(subscription.get(), head.get())) {
                return queue.get(subscriptionId, next).map(QueuedDelivery::nextAttemptAt)
                        .filter(at -> subscriptions.find(subscriptionId).map(Subscription::pushes).orElse(false));
            }
        }
        return Optional.empty();
    }

    /** @return true to go on with the queue now (delivered, given up, or retried at once), false to wait */
    private boolean attempt(Subscription subscription, QueuedDelivery delivery) {
        try (ArticleTrace.Scope trace = ArticleTrace.enter(delivery.traceparent())) {
            return send(subscription, delivery, trace.traceparent().orElse(null));
        }
    }

    private boolean send(Subscription subscription, QueuedDelivery delivery, String traceparent) {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", delivery.contentType());
        headers.put("webhook-id", delivery.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.sign(delivery.webhookId(), timestamp, delivery.body(),
                subscription.secrets()));
        if (traceparent != null) {
            // the article's trace from ingest to this attempt: receivers that trace can join it
            headers.put(ArticleTrace.HEADER, traceparent);
        }
        CallbackClient.Outcome outcome = client.post(subscription.callback(), headers,
                delivery.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int number = delivery.attempts() + 1;
        attempts.record(new Attempt(subscription.id(), delivery.webhookId(), delivery.seq(), number, outcome.status(),
                outcome.error(), outcome.latencyMs(), outcome.excerpt(), now));
        String id = subscription.id();
        if (outcome.ok()) {
            subscriptions.recordSuccess(id, now);
            queue.complete(id, delivery.seq());
            return true;
        }
        if (outcome.status() == 410) {
            disable(id, "The endpoint answered 410 Gone at " + now + ".");
            return false;
        }
        Optional<Subscription.Health> health = subscriptions.recordFailure(id, now);
        if (health.isPresent() && health.get().failingSince() != null
                && !health.get().failingSince().plus(properties.disableAfter()).isAfter(now)) {
            disable(id, "The endpoint has failed since " + health.get().failingSince() + " (longer than "
                    + properties.disableAfter() + "); last: " + describe(outcome) + ".");
            return false;
        }
        if (number >= properties.retrySchedule().size()) {
            log.warn("giving up {} for {} after {} attempts: {}", delivery.webhookId(), id, number, describe(outcome));
            queue.complete(id, delivery.seq());
            return true;
        }
        Duration delay = properties.retrySchedule().get(number);
        queue.recordAttempt(id, delivery.seq(), number, now.plus(delay));
        return delay.isZero();
    }

    private void disable(String id, String reason) {
        subscriptions.setState(id, Subscription.State.DISABLED, reason);
        alerts.alert("subscription.disabled", id, reason);
    }

    private static String describe(CallbackClient.Outcome outcome) {
        return outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status();
    }
}
