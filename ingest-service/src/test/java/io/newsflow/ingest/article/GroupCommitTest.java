package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Requests that arrive while a batch is being committed share the next batch's store and Kafka round trips. */
class GroupCommitTest {

    private final List<ArticleIngested> published = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> acknowledgements = new CopyOnWriteArrayList<>();
    private final Map<String, IngestedArticle> stored = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile RuntimeException storeFailure;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ArticleIngestion ingestion = new ArticleIngestion(article -> {
        published.add(article);
        CompletableFuture<Void> acknowledgement = new CompletableFuture<>();
        acknowledgements.add(acknowledgement);
        return acknowledgement;
    }, new IngestedArticleStore() {
        @Override
        public Optional<IngestedArticle> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Map<String, IngestedArticle> findAll(Collection<String> ids) {
            reads.incrementAndGet();
            if (storeFailure != null) {
                throw storeFailure;
            }
            Map<String, IngestedArticle> found = new ConcurrentHashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public void saveAll(Collection<IngestedArticle> articles) {
            writes.incrementAndGet();
            articles.forEach(a -> stored.put(a.latest().id(), a));
        }
    }, Clock.systemUTC(), meters, new IngestProperties("t", "a", null, null, DataSize.ofKilobytes(64)));

    @AfterEach
    void close() throws InterruptedException {
        acknowledgements.forEach(a -> a.complete(null));
        ingestion.close();
    }

    @Test
    void shouldCommitRequestsArrivingDuringABatchAsTheNextBatch() {
        CompletableFuture<IngestResult> first = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("一")));
        await().until(() -> acknowledgements.size() == 1);
        // The first batch waits for Kafka; these two arrive meanwhile and must go out together after it.
        CompletableFuture<IngestResult> second = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("二")));
        CompletableFuture<IngestResult> third = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("三")));
        await().until(() -> ingestion.queued() == 2);
        assertThat(second).isNotDone();

        acknowledgements.get(0).complete(null);
        await().until(() -> acknowledgements.size() == 3);
        acknowledgements.forEach(a -> a.complete(null));

        assertThat(List.of(first.join(), second.join(), third.join())).extracting(IngestResult::status)
                .containsOnly(IngestResult.Status.ACCEPTED);
        assertThat(reads).hasValue(2);
        assertThat(writes).hasValue(2);
        assertThat(stored).hasSize(3);
        DistributionSummary batches = meters.find("newsflow.ingest.commit.batch").summary();
        assertThat(batches.count()).isEqualTo(2);
        assertThat(batches.max()).isEqualTo(2.0);
    }

    @Test
    void shouldNumberTheSameArticleSentTwiceAtOnceOnlyOnce() {
        CompletableFuture<IngestResult> blocker = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("零")));
        await().until(() -> acknowledgements.size() == 1);
        CompletableFuture<IngestResult> once = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("同")));
        CompletableFuture<IngestResult> again = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("同")));
        await().until(() -> ingestion.queued() == 2);
        acknowledgements.get(0).complete(null);
        await().until(() -> acknowledgements.size() == 2);
        acknowledgements.forEach(a -> a.complete(null));

        assertThat(blocker.join().status()).isEqualTo(IngestResult.Status.ACCEPTED);
        assertThat(List.of(once.join(), again.join())).extracting(IngestResult::status)
                .containsExactlyInAnyOrder(IngestResult.Status.ACCEPTED, IngestResult.Status.DUPLICATE);
        assertThat(published).extracting(ArticleIngested::title).containsExactly("零", "同");
    }

    @Test
    void shouldFailTheBatchWhenTheStoreFailsAndCommitTheNextOne() {
        storeFailure = new IllegalStateException("store unreachable");
        assertThatThrownBy(() -> ingestion.ingest(article("一"))).isSameAs(storeFailure);
        assertThat(published).isEmpty();

        storeFailure = null;
        CompletableFuture<IngestResult> next = CompletableFuture.supplyAsync(() -> ingestion.ingest(article("一")));
        await().until(() -> acknowledgements.size() == 1);
        acknowledgements.get(0).complete(null);
        assertThat(next.join().status()).isEqualTo(IngestResult.Status.ACCEPTED);
    }

    @Test
    void shouldRefuseSubmissionsOnceClosed() throws InterruptedException {
        ingestion.close();

        assertThatThrownBy(() -> ingestion.ingest(article("晚"))).isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("shutting down");
        assertThat(published).isEmpty();
    }

    private static ArticleSubmission article(String title) {
        return new ArticleSubmission(null, title, title + "的正文。", "", null, "来源", "", List.of(), "zh-Hans",
                Origin.API, List.of());
    }
}
