package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.Origin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubmissionCombinerTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void submissionsArrivingWhileABatchRunsFormTheNextBatchAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstBatchMayEnd = new CountDownLatch(1);
        SubmissionCombiner combiner = new SubmissionCombiner(submissions -> {
            batches.add(submissions.stream().map(ArticleSubmission::url).toList());
            if (batches.size() == 1) {
                hold(firstBatchMayEnd);
            }
            return submissions.stream().map(s -> new IngestResult(s.url(), 1, IngestResult.Status.ACCEPTED)).toList();
        }, 100);

        CompletableFuture<IngestResult> first = CompletableFuture.supplyAsync(() -> combiner.submit(page(0)), threads);
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 1);
        List<CompletableFuture<IngestResult>> later = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            later.add(CompletableFuture.supplyAsync(() -> combiner.submit(page(n)), threads));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> combiner.waiting() == 5);
        firstBatchMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).id()).isEqualTo(url(0));
        for (int i = 1; i <= 5; i++) {
            assertThat(later.get(i - 1).get(5, TimeUnit.SECONDS).id()).isEqualTo(url(i));
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly(url(0));
        assertThat(batches.get(1)).containsExactlyInAnyOrder(url(1), url(2), url(3), url(4), url(5));
    }

    @Test
    void aLoneSubmissionIsABatchOfOne() {
        SubmissionCombiner combiner = new SubmissionCombiner(submissions -> {
            batches.add(submissions.stream().map(ArticleSubmission::url).toList());
            return submissions.stream().map(s -> new IngestResult(s.url(), 1, IngestResult.Status.DUPLICATE)).toList();
        }, 100);

        assertThat(combiner.submit(page(7)).status()).isEqualTo(IngestResult.Status.DUPLICATE);
        assertThat(batches).containsExactly(List.of(url(7)));
    }

    @Test
    void aBatchThatFailsFailsEachOfItsSubmissions() {
        SubmissionCombiner combiner = new SubmissionCombiner(submissions -> {
            throw new IllegalStateException("store unreachable");
        }, 100);

        assertThatThrownBy(() -> combiner.submit(page(1))).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(combiner.waiting()).isZero();
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the batch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String url(int n) {
        return "https://news.example.test/" + n + ".html";
    }

    private static ArticleSubmission page(int n) {
        return new ArticleSubmission(url(n), "标题 " + n, "正文 " + n, null, null, "滨江日报", null, List.of(), "zh",
                Origin.API, List.of());
    }
}
