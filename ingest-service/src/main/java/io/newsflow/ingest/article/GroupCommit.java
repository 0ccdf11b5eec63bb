package io.newsflow.ingest.article;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Submissions that arrive while a batch is being committed go out together as the next one: one store read, one
 * round of Kafka sends and one store write for all of them, instead of one of each per request. Nothing waits to
 * fill a batch, so an idle service answers a lone request as fast as before; under load the batches grow by
 * themselves. One thread commits, so two requests for the same article in one instance are numbered one after
 * the other instead of both becoming its next version.
 */
final class GroupCommit implements AutoCloseable {

    private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();

    /** Each request's submissions as one group, so that a request's lines are committed together. */
    private final BlockingQueue<List<Waiting>> queue = new LinkedBlockingQueue<>();
    private final Function<List<Submitted>, List<IngestResult>> commit;
    private final IntConsumer batchSizes;
    private final int maxBatch;
    private final Thread committer;
    private final Object lock = new Object();
    private volatile boolean closed;

    /**
     * @param commit decides, publishes and stores a batch; one result per submission, in order
     * @param batchSizes told the size of every batch committed
     */
    GroupCommit(Function<List<Submitted>, List<IngestResult>> commit, IntConsumer batchSizes, int maxBatch) {
        this.commit = commit;
        this.batchSizes = batchSizes;
        this.maxBatch = maxBatch;
        this.committer = new Thread(this::run, "ingest-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** One result per submission, in order, once the batches holding them are committed. */
    List<IngestResult> submitAll(List<ArticleSubmission> submissions) {
        // The request's trace goes with its submissions, so that their Kafka records carry it.
        ContextSnapshot context = CONTEXT.captureAll();
        List<Waiting> group = new ArrayList<>(submissions.size());
        List<CompletableFuture<IngestResult>> answers = new ArrayList<>(submissions.size());
        for (ArticleSubmission submission : submissions) {
            Waiting waiting = new Waiting(new Submitted(submission, context), new CompletableFuture<>());
            group.add(waiting);
            answers.add(waiting.answer());
        }
        synchronized (lock) {
            // Checked under the lock close() sets it with: whatever was queued before is committed.
            if (closed) {
                throw new PublishFailedException("ingest is shutting down", null);
            }
            for (int from = 0; from < group.size(); from += maxBatch) {
                queue.add(group.subList(from, Math.min(group.size(), from + maxBatch)));
            }
        }
        List<IngestResult> results = new ArrayList<>(answers.size());
        for (CompletableFuture<IngestResult> answer : answers) {
            results.add(await(answer));
        }
        return results;
    }

    /** Submissions waiting for the batch being committed to finish. */
    int queued() {
        return queue.stream().mapToInt(List::size).sum();
    }

    private static IngestResult await(CompletableFuture<IngestResult> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                List<Waiting> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.addAll(first);
                // The only taker: what peek shows is what poll takes.
                while (queue.peek() != null && batch.size() + queue.peek().size() <= maxBatch) {
                    batch.addAll(queue.poll());
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Waiting> batch) {
        try {
            List<IngestResult> results = commit.apply(batch.stream().map(Waiting::submitted).toList());
            batchSizes.accept(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            // The requests answer with the failure (a store that is down gives them a 503); the next batch tries again.
            batch.forEach(waiting -> waiting.answer().completeExceptionally(e));
        }
    }

    /** Stops taking submissions; those already queued are committed first. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closed = true;
        }
        committer.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** A submission with the context (the request's trace) of the thread that submitted it. */
    record Submitted(ArticleSubmission submission, ContextSnapshot context) {

        /** Runs {@code work} in the submitter's context. */
        <T> T within(Supplier<T> work) {
            try (ContextSnapshot.Scope scope = context.setThreadLocals()) {
                return work.get();
            }
        }
    }

    private record Waiting(Submitted submitted, CompletableFuture<IngestResult> answer) {
    }
}
