package io.newsflow.enrich.pipeline;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** One replay's progress: raw articles replayed, changed (and republished), unchanged, skipped. */
public final class ReenrichmentJob {

    /** Where a replay is. */
    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final Instant since;
    private final Instant startedAt;
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile Instant finishedAt;
    private volatile String error;

    ReenrichmentJob(String id, Instant since, Instant startedAt) {
        this.id = id;
        this.since = since;
        this.startedAt = startedAt;
    }

    void countChanged() {
        changed.incrementAndGet();
    }

    void countUnchanged() {
        unchanged.incrementAndGet();
    }

    void skip() {
        skipped.incrementAndGet();
    }

    void finish(Instant at, String failure) {
        error = failure;
        finishedAt = at;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public State state() {
        return finishedAt == null ? State.RUNNING : error == null ? State.DONE : State.FAILED;
    }

    public String id() {
        return id;
    }

    public Instant since() {
        return since;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }

    /** Raw articles replayed (every record read, skipped ones included). */
    public int scanned() {
        return changed.get() + unchanged.get() + skipped.get();
    }

    public int changed() {
        return changed.get();
    }

    public int unchanged() {
        return unchanged.get();
    }

    public int skipped() {
        return skipped.get();
    }
}
