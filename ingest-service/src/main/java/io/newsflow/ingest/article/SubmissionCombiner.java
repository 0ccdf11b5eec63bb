package io.newsflow.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Turns single submissions that arrive at the same time into batches, so that concurrent {@code POST}s cost the
 * store one read and one write per batch rather than per article. No thread of its own and no added wait: the
 * request that finds the batch lock free takes every submission waiting at that moment (its own among them) and
 * runs them as one batch; requests arriving meanwhile queue up and form the next batch. A lone request is a batch
 * of one and costs what it did before.
 */
final class SubmissionCombiner {

    private final Function<List<ArticleSubmission>, List<IngestResult>> batch;
    private final int maxBatch;
    private final LinkedBlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final ReentrantLock turn = new ReentrantLock();

    SubmissionCombiner(Function<List<ArticleSubmission>, List<IngestResult>> batch, int maxBatch) {
        this.batch = batch;
        this.maxBatch = maxBatch;
    }

    IngestResult submit(ArticleSubmission submission) {
        Waiting own = new Waiting(submission, new CompletableFuture<>());
        waiting.add(own);
        while (!own.result().isDone()) {
            turn.lock();
            try {
                if (!own.result().isDone()) {
                    runWaiting();
                }
            } finally {
                turn.unlock();
            }
        }
        return own.result().join();
    }

    /** Submissions queued and not yet taken into a batch. */
    int waiting() {
        return waiting.size();
    }

    private void runWaiting() {
        List<Waiting> taken = new ArrayList<>();
        waiting.drainTo(taken, maxBatch);
        if (taken.isEmpty()) {
            return;
        }
        try {
            List<IngestResult> results = batch.apply(taken.stream().map(Waiting::submission).toList());
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            taken.forEach(w -> w.result().completeExceptionally(e));
        }
    }

    private record Waiting(ArticleSubmission submission, CompletableFuture<IngestResult> result) {
    }
}
