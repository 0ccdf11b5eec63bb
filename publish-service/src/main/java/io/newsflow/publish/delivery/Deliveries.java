package io.newsflow.publish.delivery;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.feed.FeedCache;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import io.newsflow.support.tracing.ArticleTrace;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts each enriched article into the queue of every subscriber whose filter matches, once per consumer group. A
 * version already queued for a subscriber (replays, re-enrichments) is not queued again; recovery on request is.
 */
@Component
public class Deliveries implements ArticleHandlers.OncePerGroup {

    private final SubscriptionStore subscriptions;
    private final DeliveryQueue queue;
    private final Payloads payloads;
    private final DeliveryWorkers workers;
    private final FeedCache cache;
    private final Tracer tracer;
    private final Clock clock = Clock.systemUTC();

    Deliveries(SubscriptionStore subscriptions, DeliveryQueue queue, Payloads payloads, DeliveryWorkers workers,
            FeedCache cache, ObjectProvider<Tracer> tracer) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.payloads = payloads;
        this.workers = workers;
        this.cache = cache;
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    @Override
    public void onEnriched(ArticleEnriched article) {
        Map<PayloadFormat, String> rendered = new EnumMap<>(PayloadFormat.class);
        String trace = traceparent().orElse(null);
        for (Subscription subscription : subscriptions.all()) {
            if (subscription.health().state() != Subscription.State.DISABLED
                    && subscription.filter().matches(article)
                    && !queue.seen(subscription.id(), Payloads.webhookId(article))) {
                enqueue(subscription, article, rendered, trace);
                queue.markSeen(subscription.id(), Payloads.webhookId(article));
            }
        }
    }

    /** Queues again every cached article matching the subscription that appeared at or after {@code since}. */
    public int recover(Subscription subscription, Instant since) {
        List<ArticleEnriched> matching = cache.snapshot().items().stream()
                .filter(a -> !FeedCache.sortTime(a).isBefore(since) && subscription.filter().matches(a))
                .sorted(Comparator.comparing(FeedCache::sortTime).thenComparing(ArticleEnriched::id)).toList();
        Map<PayloadFormat, String> rendered = new EnumMap<>(PayloadFormat.class);
        String trace = traceparent().orElse(null);
        for (ArticleEnriched article : matching) {
            rendered.clear();
            enqueue(subscription, article, rendered, trace);
        }
        return matching.size();
    }

    /**
     * The span this article is published in (the listener's, continuing the article's trace), for its deliveries;
     * on recovery, the span of the admin request that asked for it.
     */
    private Optional<String> traceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return Optional.empty();
        }
        TraceContext context = span.context();
        return ArticleTrace.format(context.traceId(), context.spanId(), Boolean.TRUE.equals(context.sampled()));
    }

    private void enqueue(Subscription subscription, ArticleEnriched article, Map<PayloadFormat, String> rendered,
            String traceparent) {
        Instant now = clock.instant();
        String body = rendered.computeIfAbsent(subscription.format(), f -> payloads.render(article, f, now));
        queue.enqueue(subscription.id(), QueuedDelivery.of(Payloads.webhookId(article), Payloads.type(article),
                article.id(), subscription.format().contentType(), body, now, traceparent));
        if (subscription.pushes()) {
            workers.wake(subscription.id());
        }
    }

    public DeliveryQueue.Position position(String subscriptionId) {
        return queue.position(subscriptionId);
    }

    /** For pull subscribers: messages after the cursor, or after the last acknowledged one when it is null. */
    public List<QueuedDelivery> events(String subscriptionId, Long after, int limit) {
        long from = after != null ? after : queue.position(subscriptionId).acked();
        return queue.range(subscriptionId, from, limit);
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
