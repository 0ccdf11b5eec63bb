package io.newsflow.publish.delivery;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import io.newsflow.support.tracing.ArticleTrace;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts each enriched article into the queue of every subscriber whose filter matches, once per consumer group, in
 * one write of the queues whatever the number of subscribers. A version already queued for a subscriber (replays,
 * re-enrichments) is not queued again; a message given up on is, when an operator asks to recover it.
 */
@Component
public class Deliveries implements ArticleHandlers.OncePerGroup {

    private final SubscriptionStore subscriptions;
    private final DeliveryQueue queue;
    private final Payloads payloads;
    private final DeliveryWorkers workers;
    private final Tracer tracer;
    private final Clock clock;

    Deliveries(SubscriptionStore subscriptions, DeliveryQueue queue, Payloads payloads, DeliveryWorkers workers,
            ObjectProvider<Tracer> tracer, Clock clock) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.payloads = payloads;
        this.workers = workers;
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.clock = clock;
    }

    @Override
    public void onEnriched(ArticleEnriched article) {
        onEnriched(List.of(new ArticleHandlers.Received(article, traceparent().orElse(null))));
    }

    /**
     * A poll's articles to every matching subscriber: one read of the subscriptions (so one made through another
     * instance counts at once), one check of what was queued before, one write of the queues. A message is rendered
     * only when it is new to its subscriber: an older article whose related list changed keeps its version, so
     * its webhook id was queued already and it costs neither a payload nor a write.
     */
    @Override
    public void onEnriched(List<ArticleHandlers.Received> articles) {
        List<Subscription> open = subscriptions.current().stream()
                .filter(s -> s.health().state() != Subscription.State.DISABLED).toList();
        Instant now = clock.instant();
        // one version twice in a poll (a replay) is queued once
        Map<DeliveryQueue.Key, Match> matches = new LinkedHashMap<>();
        for (ArticleHandlers.Received received : articles) {
            String webhookId = Payloads.webhookId(received.article());
            for (Subscription subscription : open) {
                if (subscription.filter().matches(received.article())) {
                    matches.putIfAbsent(new DeliveryQueue.Key(subscription.id(), webhookId),
                            new Match(subscription, received));
                }
            }
        }
        Map<String, Map<PayloadFormat, String>> rendered = new HashMap<>();
        List<DeliveryQueue.Entry> entries = new ArrayList<>();
        for (DeliveryQueue.Key key : queue.unseen(List.copyOf(matches.keySet()))) {
            Match match = matches.get(key);
            entries.add(entry(match.subscription(), match.received().article(), match.received().traceparent(),
                    rendered.computeIfAbsent(key.webhookId(), id -> new EnumMap<>(PayloadFormat.class)), now));
        }
        enqueue(entries);
    }

    private record Match(Subscription subscription, ArticleHandlers.Received received) {
    }

    /**
     * Queues again, once each, the messages enqueued at or after {@code since} that were given up on (Svix's
     * recover): the same webhook-id, type and body as first sent, so receivers that saw one can drop it.
     */
    public int recover(Subscription subscription, Instant since) {
        List<DeliveryQueue.GivenUp> givenUp = queue.givenUpSince(subscription.id(), since);
        Map<String, QueuedDelivery> byWebhookId = new LinkedHashMap<>();
        givenUp.forEach(g -> byWebhookId.putIfAbsent(g.message().webhookId(), g.message()));
        Instant now = clock.instant();
        enqueue(byWebhookId.values().stream().map(m -> new DeliveryQueue.Entry(subscription.id(), QueuedDelivery.of(
                m.webhookId(), m.type(), m.articleId(), m.contentType(), m.body(), now, m.traceparent()))).toList());
        queue.recovered(givenUp);
        return byWebhookId.size();
    }

    private DeliveryQueue.Entry entry(Subscription subscription, ArticleEnriched article, String traceparent,
            Map<PayloadFormat, String> rendered, Instant now) {
        String body = rendered.computeIfAbsent(subscription.format(), f -> payloads.render(article, f, now));
        return new DeliveryQueue.Entry(subscription.id(), QueuedDelivery.of(Payloads.webhookId(article),
                Payloads.type(article), article.id(), subscription.format().contentType(), body, now, traceparent));
    }

    /** One write of the queues, then the workers of the subscribers that push woken. */
    private void enqueue(List<DeliveryQueue.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        queue.enqueue(entries);
        entries.stream().map(DeliveryQueue.Entry::subscriptionId).distinct()
                .forEach(id -> subscriptions.find(id).filter(Subscription::pushes).ifPresent(s -> workers.wake(id)));
    }

    /**
     * The span this article is published in (the listener's, continuing the article's trace), for its deliveries;
     * a recovered message keeps the trace it was first queued with.
     */
    private Optional<String> traceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return Optional.empty();
        }
        TraceContext context = span.context();
        return ArticleTrace.format(context.traceId(), context.spanId(), Boolean.TRUE.equals(context.sampled()));
    }

    public DeliveryQueue.Position position(String subscriptionId) {
        return queue.position(subscriptionId);
    }

    /** For pull subscribers: messages after the cursor, or after the last acknowledged one when it is null. */
    public List<QueuedDelivery> events(String subscriptionId, Long after, int limit) {
        long from = after != null ? after : queue.position(subscriptionId).acked();
        // up to the first gap: a message numbered but not stored yet must not be skipped by the cursor
        List<QueuedDelivery> events = new ArrayList<>();
        for (QueuedDelivery event : queue.range(subscriptionId, from, limit)) {
            if (event.seq() != from + events.size() + 1) {
                break;
            }
            events.add(event);
        }
        return events;
    }

    public void acknowledge(String subscriptionId, long cursor) {
        queue.acknowledge(subscriptionId, cursor);
    }

    public void wake(String subscriptionId) {
        workers.wake(subscriptionId);
    }

    public void forget(String subscriptionId) {
        queue.drop(subscriptionId);
    }
}
