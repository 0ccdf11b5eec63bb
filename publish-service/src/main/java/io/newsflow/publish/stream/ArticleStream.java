package io.newsflow.publish.stream;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.delivery.Payloads;
import io.newsflow.publish.delivery.PushProperties;
import io.newsflow.publish.feed.FeedCache;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.SubscriptionFilter;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This instance's open SSE streams, fed by this instance's own consumer, so every stream sees every article
 * whichever instance it is connected to. Idle streams get a comment line every heartbeat interval. A stream resumed
 * with {@code Last-Event-ID} first gets what came after it: from the read model's enrichment history, whatever its
 * age, then from the window what the read model has not stored yet.
 */
@Component
class ArticleStream implements ArticleHandlers.OnEveryInstance {

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final FeedCache cache;
    private final StreamHistory history;
    private final Payloads payloads;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ArticleStream(FeedCache cache, StreamHistory history, Payloads payloads, PushProperties properties, Clock clock) {
        this.cache = cache;
        this.history = history;
        this.payloads = payloads;
        this.clock = clock;
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onEnriched(ArticleEnriched article) {
        for (Client client : clients) {
            client.offer(article);
        }
    }

    /** Registers first and replays second, so nothing arriving in between is lost; the client drops repeats. */
    SseEmitter open(SubscriptionFilter filter, StreamCursor after, long timeoutMillis) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        Client client = new Client(emitter, filter);
        clients.add(client);
        emitter.onCompletion(() -> clients.remove(client));
        emitter.onTimeout(() -> clients.remove(client));
        emitter.onError(e -> clients.remove(client));
        if (after != null) {
            history.replay(after, client::offer);
            List<ArticleEnriched> missed = cache.snapshot().items().stream()
                    .filter(a -> StreamCursor.of(a).compareTo(after) > 0)
                    .sorted(Comparator.comparing(StreamCursor::of)).toList();
            missed.forEach(client::offer);
        }
        client.comment("connected");
        return emitter;
    }

    int open() {
        return clients.size();
    }

    private void beat() {
        clients.forEach(client -> client.comment("heartbeat"));
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        clients.forEach(client -> client.emitter.complete());
    }

    private final class Client {
        private final SseEmitter emitter;
        private final SubscriptionFilter filter;
        private final Set<String> sent = ConcurrentHashMap.newKeySet();

        Client(SseEmitter emitter, SubscriptionFilter filter) {
            this.emitter = emitter;
            this.filter = filter;
        }

        synchronized void offer(ArticleEnriched article) {
            StreamCursor cursor = StreamCursor.of(article);
            if (!filter.matches(article) || !sent.add(cursor.encode())) {
                return;
            }
            send(SseEmitter.event().id(cursor.encode()).name("article")
                    .data(payloads.render(article, PayloadFormat.ARTICLE, clock.instant()), MediaType.APPLICATION_JSON));
        }

        synchronized void comment(String text) {
            send(SseEmitter.event().comment(text));
        }

        private void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                clients.remove(this);
            }
        }
    }
}
