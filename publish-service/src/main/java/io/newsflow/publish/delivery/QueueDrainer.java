package io.newsflow.publish.delivery;

import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import io.newsflow.support.tracing.ArticleTrace;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through one subscriber's queue in order: the head message is attempted until it succeeds or is given up
 * on, only then the next. Returns when the queue is empty, the head must wait for its next attempt, or the
 * subscription stopped pushing. The lease is taken once per drain and messages are read a batch at a time; what
 * was done is written back in bulk ({@link DrainProgress}).
 */
class QueueDrainer {

    static final int BATCH = 50;
    /** A number handed out this long before a later message was stored belongs to an enqueue that died. */
    static final Duration LOST_GAP = Duration.ofMinutes(2);

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

    /** @return when to look at the queue again, or empty when nothing waits */
    Optional<Instant> drain(String subscriptionId, String owner) {
        if (!pushes(subscriptionId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong done = queue.lock(subscriptionId, owner, now.plus(properties.lease()), now);
        if (done.isEmpty()) {
            // another instance drains it; look again soon in case it finished before our message was stored
            return Optional.of(now.plusMillis(500));
        }
        DrainProgress progress = new DrainProgress(subscriptionId, owner, done.getAsLong(), queue, attempts,
                subscriptions, properties, clock);
        try {
            return work(subscriptionId, progress);
        } finally {
            progress.finish();
        }
    }

    private Optional<Instant> work(String subscriptionId, DrainProgress progress) {
        while (!Thread.currentThread().isInterrupted()) {
            long next = progress.done() + 1;
            List<QueuedDelivery> batch = queue.range(subscriptionId, progress.done(), BATCH);
            Instant now = clock.instant();
            if (batch.isEmpty()) {
                // a message numbered but not stored yet, or nothing at all
                return queue.last(subscriptionId) >= next ? Optional.of(now.plusSeconds(1)) : Optional.empty();
            }
            if (batch.get(0).seq() != next) {
                if (!skipLostGap(subscriptionId, progress, batch.get(0), now)) {
                    return Optional.of(now.plusSeconds(1));
                }
                continue;
            }
            for (QueuedDelivery message : batch) {
                if (message.seq() != progress.done() + 1) {
                    break;
                }
                Optional<Subscription> subscription = subscriptions.find(subscriptionId).filter(Subscription::pushes);
                if (subscription.isEmpty() || Thread.currentThread().isInterrupted()) {
                    return Optional.empty();
                }
                Optional<Optional<Instant>> wait = deliver(subscription.get(), message, progress);
                if (wait.isPresent()) {
                    return wait.get();
                }
                progress.flushIfDue();
            }
            if (batch.size() < BATCH && batch.get(batch.size() - 1).seq() == progress.done()) {
                // read to the end; what is queued from now on wakes this queue again
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean skipLostGap(String subscriptionId, DrainProgress progress, QueuedDelivery after, Instant now) {
        if (!after.enqueuedAt().isBefore(now.minus(LOST_GAP))) {
            return false;
        }
        log.warn("{}: messages {}..{} were numbered but never stored (their enqueue died; the article was queued"
                + " again on replay), skipped", subscriptionId, progress.done() + 1, after.seq() - 1);
        progress.done(after.seq() - 1);
        return true;
    }

    /** @return empty to go on with the next message; else when to look again (empty inside = not at all) */
    private Optional<Optional<Instant>> deliver(Subscription subscription, QueuedDelivery message,
            DrainProgress progress) {
        QueuedDelivery delivery = message;
        while (true) {
            Instant now = clock.instant();
            if (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(now)) {
                return Optional.of(Optional.of(delivery.nextAttemptAt()));
            }
            Outcome outcome = attempt(subscription, delivery, progress);
            switch (outcome.kind()) {
                case DONE -> {
                    return Optional.empty();
                }
                case STOP -> {
                    return Optional.of(Optional.empty());
                }
                case RETRY -> {
                    delivery = outcome.retry();
                    if (!delivery.nextAttemptAt().isAfter(clock.instant())) {
                        continue;
                    }
                    Optional<Instant> at = Optional.of(delivery.nextAttemptAt());
                    return Optional.of(at.filter(a -> pushes(subscription.id())));
                }
                default -> throw new IllegalStateException(outcome.kind().name());
            }
        }
    }

    private Outcome attempt(Subscription subscription, QueuedDelivery delivery, DrainProgress progress) {
        try (ArticleTrace.Scope trace = ArticleTrace.enter(delivery.traceparent())) {
            return send(subscription, delivery, trace.traceparent().orElse(null), progress);
        }
    }

    private Outcome send(Subscription subscription, QueuedDelivery delivery, String traceparent,
            DrainProgress progress) {
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
                delivery.body().getBytes(StandardCharsets.UTF_8));
        int number = delivery.attempts() + 1;
        progress.attempted(new Attempt(subscription.id(), delivery.webhookId(), delivery.seq(), number,
                outcome.status(), outcome.error(), outcome.latencyMs(), outcome.excerpt(), now));
        String id = subscription.id();
        if (outcome.ok()) {
            progress.delivered(delivery.seq(), now);
            return Outcome.done();
        }
        // failures are written at once: the health they change decides whether the endpoint is disabled
        progress.flush();
        if (outcome.status() == 410) {
            disable(id, "The endpoint answered 410 Gone at " + now + ".");
            return Outcome.stop();
        }
        Optional<Subscription.Health> health = subscriptions.recordFailure(id, now);
        if (health.isPresent() && health.get().failingSince() != null
                && !health.get().failingSince().plus(properties.disableAfter()).isAfter(now)) {
            disable(id, "The endpoint has failed since " + health.get().failingSince() + " (longer than "
                    + properties.disableAfter() + "); last: " + describe(outcome) + ".");
            return Outcome.stop();
        }
        if (number >= properties.retrySchedule().size()) {
            log.warn("giving up {} for {} after {} attempts: {}", delivery.webhookId(), id, number, describe(outcome));
            queue.recordGivenUp(delivery, now);
            progress.done(delivery.seq());
            return Outcome.done();
        }
        Instant next = now.plus(properties.retrySchedule().get(number));
        queue.recordAttempt(id, delivery.seq(), number, next);
        return Outcome.retry(delivery.at(id, delivery.seq(), number, next));
    }

    private boolean pushes(String subscriptionId) {
        return subscriptions.find(subscriptionId).map(Subscription::pushes).orElse(false);
    }

    private void disable(String id, String reason) {
        subscriptions.setState(id, Subscription.State.DISABLED, reason);
        alerts.alert("subscription.disabled", id, reason);
    }

    private static String describe(CallbackClient.Outcome outcome) {
        return outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status();
    }

    /** What one attempt means for the queue. */
    private record Outcome(Kind kind, QueuedDelivery retry) {

        enum Kind { DONE, STOP, RETRY }

        static Outcome done() {
            return new Outcome(Kind.DONE, null);
        }

        static Outcome stop() {
            return new Outcome(Kind.STOP, null);
        }

        static Outcome retry(QueuedDelivery later) {
            return new Outcome(Kind.RETRY, later);
        }
    }
}
