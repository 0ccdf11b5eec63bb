package io.newsflow.publish.websub;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.WebhookSigner;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Content distribution (WebSub §7): each new article goes, once per consumer group, to every unexpired
 * subscription whose topic it belongs to, signed with {@code X-Hub-Signature-256} when a secret was given. A
 * failed POST is retried a few times in memory (WebSub leaves retries to the hub).
 */
@Component
class Distributor implements ArticleHandlers.OncePerGroup {

    private static final Logger log = LoggerFactory.getLogger(Distributor.class);
    private static final long[] RETRY_SECONDS = {0, 2, 10};

    private final WebSubStore store;
    private final TopicDocuments documents;
    private final CallbackClient client;
    private final PublishProperties publish;
    private final ScheduledExecutorService sender = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "websub-distribute");
        thread.setDaemon(true);
        return thread;
    });

    Distributor(WebSubStore store, TopicDocuments documents, CallbackClient client, PublishProperties publish) {
        this.store = store;
        this.documents = documents;
        this.client = client;
        this.publish = publish;
    }

    @Override
    public void onEnriched(ArticleEnriched article) {
        distribute(List.of(article), store.all());
    }

    /** The hub's subscriptions are read once per poll, not once per article. */
    @Override
    public void onEnriched(List<ArticleHandlers.Received> articles) {
        distribute(articles.stream().map(ArticleHandlers.Received::article).toList(), store.all());
    }

    private void distribute(List<ArticleEnriched> articles, List<WebSubSubscription> subscriptions) {
        articles.forEach(article -> distribute(article, subscriptions));
    }

    private void distribute(ArticleEnriched article, List<WebSubSubscription> subscriptions) {
        Instant now = Instant.now();
        for (WebSubSubscription subscription : subscriptions) {
            Topic topic = Topic.parse(subscription.topic(), publish.publicBaseUrl());
            if (subscription.activeAt(now) && topic.matches(article)) {
                byte[] body = documents.render(topic, article).getBytes(StandardCharsets.UTF_8);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("content-type", topic.contentType());
                headers.put("link", "<" + publish.hubUrl() + ">; rel=\"hub\", <" + topic.url() + ">; rel=\"self\"");
                if (subscription.secret() != null) {
                    headers.put("x-hub-signature-256", "sha256=" + HexFormat.of().formatHex(WebhookSigner.hmac(
                            subscription.secret().getBytes(StandardCharsets.UTF_8), body)));
                }
                send(subscription, headers, body, 0);
            }
        }
    }

    private void send(WebSubSubscription subscription, Map<String, String> headers, byte[] body, int attempt) {
        sender.schedule(() -> {
            CallbackClient.Outcome outcome = client.post(subscription.callback(), headers, body);
            if (!outcome.ok() && attempt + 1 < RETRY_SECONDS.length) {
                send(subscription, headers, body, attempt + 1);
            } else if (!outcome.ok()) {
                log.warn("websub distribution to {} failed: {}", subscription.callback(),
                        outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status());
            }
        }, RETRY_SECONDS[attempt], TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
