package io.newsflow.publish.websub;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleHandlers;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Content distribution (WebSub §7): each new article goes, once per consumer group, to every unexpired
 * subscription whose topic it belongs to ({@link DistributionSender}). Each distribution is stored before its
 * first attempt and kept until delivered or given up ({@link DistributionRetries}), so neither the first attempt
 * nor a retry is lost with this process.
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

    /**
     * Every matching (article, subscription) pair of the poll is stored first, in one write, and only then
     * attempted on the pool: the caller acknowledges the poll when this returns, so nothing it carried can be lost.
     */
    private void distribute(List<ArticleEnriched> articles, List<WebSubSubscription> subscriptions) {
        Instant now = clock.instant();
        List<DistributionRetries.Distribution> planned = new ArrayList<>();
        for (ArticleEnriched article : articles) {
            for (WebSubSubscription subscription : subscriptions) {
                Topic topic = Topic.parse(subscription.topic(), publish.publicBaseUrl());
                if (subscription.activeAt(now) && topic.matches(article)) {
                    planned.add(new DistributionRetries.Distribution(subscription, topic.contentType(),
                            documents.render(topic, article)));
                }
            }
        }
        if (planned.isEmpty()) {
            return;
        }
        List<PendingDistribution> held = retries.hold(planned);
        for (int i = 0; i < held.size(); i++) {
            PendingDistribution distribution = held.get(i);
            WebSubSubscription subscription = planned.get(i).subscription();
            pool.execute(() -> {
                try {
                    retries.firstAttempted(distribution, subscription, sender.send(subscription,
                            distribution.contentType(), distribution.body().getBytes(StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    log.warn("websub distribution to {} failed; retried once this instance's claim runs out",
                            subscription.callback(), e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
