package io.newsflow.publish.websub;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleHandlers;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Content distribution (WebSub §7): each new article goes, once per consumer group, to every unexpired
 * subscription whose topic it belongs to ({@link DistributionSender}). A failed first attempt is stored and
 * retried from there ({@link DistributionRetries}), so retries outlive this process.
 */
@Component
class Distributor implements ArticleHandlers.OncePerGroup {

    private static final Logger log = LoggerFactory.getLogger(Distributor.class);

    private final WebSubStore store;
    private final TopicDocuments documents;
    private final DistributionSender sender;
    private final DistributionRetries retries;
    private final PublishProperties publish;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "websub-distribute");
        thread.setDaemon(true);
        return thread;
    });

    Distributor(WebSubStore store, TopicDocuments documents, DistributionSender sender, DistributionRetries retries,
            PublishProperties publish, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.sender = sender;
        this.retries = retries;
        this.publish = publish;
        this.clock = clock;
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
        Instant now = clock.instant();
        for (WebSubSubscription subscription : subscriptions) {
            Topic topic = Topic.parse(subscription.topic(), publish.publicBaseUrl());
            if (subscription.activeAt(now) && topic.matches(article)) {
                String body = documents.render(topic, article);
                pool.execute(() -> {
                    try {
                        Instant at = clock.instant();
                        retries.firstAttempted(subscription, topic.contentType(), body, at,
                                sender.send(subscription, topic.contentType(), body.getBytes(StandardCharsets.UTF_8)));
                    } catch (RuntimeException e) {
                        log.warn("websub distribution to {} failed", subscription.callback(), e);
                    }
                });
            }
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
