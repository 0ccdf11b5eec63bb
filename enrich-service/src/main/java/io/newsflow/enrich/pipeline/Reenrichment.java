package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Replays the raw topic through the current models, e.g. after a model, word list or example change: every raw
 * article appended since a point in time is enriched again, and only those whose topic, keywords, categories or
 * recommendations changed are stored and published again. Only the version the store holds is replayed (older
 * versions of an article on the log are skipped, as are articles never enriched). One replay runs at a time, in
 * the background; its progress is kept in memory under its id.
 */
@Service
public class Reenrichment implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Reenrichment.class);

    private final RawHistory history;
    private final EnrichedArticleStore store;
    private final ArticleEnrichment enrichment;
    private final Clock clock;
    private final Executor runner;
    private final Map<String, ReenrichmentJob> jobs = new ConcurrentHashMap<>();
    private volatile ReenrichmentJob running;

    @Autowired
    Reenrichment(RawHistory history, EnrichedArticleStore store, ArticleEnrichment enrichment, Clock clock) {
        this(history, store, enrichment, clock, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "reenrichment");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With the executor replays run on ({@code Runnable::run} runs them in the caller, as tests do). */
    Reenrichment(RawHistory history, EnrichedArticleStore store, ArticleEnrichment enrichment, Clock clock,
            Executor runner) {
        this.runner = runner;
        this.history = history;
        this.store = store;
        this.enrichment = enrichment;
        this.clock = clock;
    }

    /** Starts a replay, or returns the one still running (then {@code started} is false). */
    public synchronized Started start(Instant since) {
        ReenrichmentJob current = running;
        if (current != null && !current.isFinished()) {
            return new Started(current, false);
        }
        ReenrichmentJob job = new ReenrichmentJob(UUID.randomUUID().toString(), since, clock.instant());
        jobs.put(job.id(), job);
        running = job;
        runner.execute(() -> run(job));
        return new Started(job, true);
    }

    public Optional<ReenrichmentJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(ReenrichmentJob job) {
        Set<String> replayed = new HashSet<>();
        try {
            history.replay(job.since(), chunk -> replay(chunk, job, replayed));
            job.finish(clock.instant(), null);
            log.info("re-enrichment {} since {}: {} replayed, {} changed and republished, {} unchanged, {} skipped",
                    job.id(), job.since(), job.scanned(), job.changed(), job.unchanged(), job.skipped());
        } catch (RuntimeException e) {
            job.finish(clock.instant(), e.getMessage());
            log.error("re-enrichment {} failed after {} articles", job.id(), job.scanned(), e);
        }
    }

    private void replay(List<ArticleIngested> chunk, ReenrichmentJob job, Set<String> replayed) {
        for (ArticleIngested article : chunk) {
            Optional<ArticleEnriched> stored = store.find(article.id());
            boolean current = stored.isPresent() && stored.get().article().version() == article.version();
            if (!current || !replayed.add(article.id())) {
                job.skip();
            } else if (enrichment.refresh(stored.get(), article)) {
                job.countChanged();
            } else {
                job.countUnchanged();
            }
        }
    }

    @Override
    public void destroy() {
        if (runner instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** A replay and whether this call started it. */
    public record Started(ReenrichmentJob job, boolean started) {
    }
}
