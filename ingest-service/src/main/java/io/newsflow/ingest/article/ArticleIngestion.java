package io.newsflow.ingest.article;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.EventCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Service;

/**
 * Accepts articles: gives each its stable id, drops exact repeats, numbers changed content as a new version,
 * and acknowledges only after Kafka has the event. Submissions are committed in batches ({@link GroupCommit}): a
 * batch is read from the store at once, sent as a whole, awaited line by line and stored at once, so its cost is
 * one round trip of each, not one per line, whether its lines came in one request or in many at the same time.
 */
@Service
public class ArticleIngestion implements AutoCloseable {

    /** Most submissions committed together, so that one batch's requests do not wait on thousands of others. */
    static final int MAX_BATCH = 256;

    private final ArticlePublisher publisher;
    private final IngestedArticleStore store;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ParseWarningMetrics warnings;
    private final long maxEventBytes;
    private final GroupCommit commits;

    public ArticleIngestion(ArticlePublisher publisher, IngestedArticleStore store, Clock clock, MeterRegistry meters,
            IngestProperties properties) {
        this.publisher = publisher;
        this.store = store;
        this.clock = clock;
        this.meters = meters;
        this.warnings = new ParseWarningMetrics(meters);
        this.maxEventBytes = properties.maxEventSize().toBytes();
        DistributionSummary batches = DistributionSummary.builder("newsflow.ingest.commit.batch")
                .description("Submissions committed together: one store read, one round of sends, one store write")
                .register(meters);
        this.commits = new GroupCommit(this::commit, batches::record, MAX_BATCH);
    }

    /**
     * @throws PublishFailedException when Kafka did not acknowledge: nothing was accepted
     * @throws ArticleTooLargeException when the article is too large to publish
     */
    public IngestResult ingest(ArticleSubmission submission) {
        IngestResult result = ingestAll(List.of(submission)).get(0);
        if (result.status() == IngestResult.Status.UNAVAILABLE) {
            throw new PublishFailedException(result.reason(), null);
        }
        if (result.status() == IngestResult.Status.TOO_LARGE) {
            throw new ArticleTooLargeException(result.reason());
        }
        return result;
    }

    /** One result per submission, in order; lines Kafka did not acknowledge come back UNAVAILABLE. */
    public List<IngestResult> ingestAll(List<ArticleSubmission> submissions) {
        return commits.submitAll(submissions);
    }

    /** Commits what was submitted and has not been yet; refuses new submissions. */
    @Override
    public void close() throws InterruptedException {
        commits.close();
    }

    int queued() {
        return commits.queued();
    }

    private List<IngestResult> commit(List<GroupCommit.Submitted> batch) {
        List<ArticleSubmission> submissions = batch.stream().map(GroupCommit.Submitted::submission).toList();
        Map<String, IngestedArticle> known = known(submissions);
        List<Pending> pending = new ArrayList<>(submissions.size());
        boolean brokerDown = false;
        for (GroupCommit.Submitted submitted : batch) {
            Pending next = prepare(submitted, known, brokerDown);
            // A send that failed at once waited out the producer's metadata timeout: the broker is gone, so the
            // rest of the batch is answered unavailable instead of waiting that long once per line.
            brokerDown |= next.acknowledgement() != null && next.acknowledgement().isCompletedExceptionally();
            pending.add(next);
        }
        Map<String, IngestedArticle> acknowledged = new LinkedHashMap<>();
        List<IngestResult> results = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            results.add(p.await(acknowledged));
        }
        store.saveAll(acknowledged.values());
        for (int i = 0; i < results.size(); i++) {
            meters.counter("newsflow.articles.ingested", "origin", submissions.get(i).origin().name().toLowerCase(Locale.ROOT),
                    "result", results.get(i).status().name().toLowerCase(Locale.ROOT)).increment();
            if (results.get(i).status() == IngestResult.Status.ACCEPTED) {
                warnings.count(pending.get(i).record().latest());
            }
        }
        return results;
    }

    public Optional<IngestedArticle> find(String id) {
        return store.find(id);
    }

    /** What the store holds of the batch's articles, read in one round trip; an id it lacks maps to null. */
    private Map<String, IngestedArticle> known(List<ArticleSubmission> submissions) {
        List<String> ids = submissions.stream().map(ArticleIngestion::id).toList();
        Map<String, IngestedArticle> known = new HashMap<>(store.findAll(ids));
        ids.forEach(id -> known.putIfAbsent(id, null));
        return known;
    }

    private static String id(ArticleSubmission submission) {
        return ArticleIdentity.id(ArticleIdentity.canonicalUrl(submission.url()), submission.title(),
                submission.source(), submission.publishedAt());
    }

    private Pending prepare(GroupCommit.Submitted submitted, Map<String, IngestedArticle> known, boolean brokerDown) {
        ArticleSubmission submission = submitted.submission();
        String canonicalUrl = ArticleIdentity.canonicalUrl(submission.url());
        String id = id(submission);
        String hash = ArticleIdentity.contentHash(submission.title(), submission.bodyText());
        IngestedArticle previous = known.get(id);
        if (previous != null && previous.latest().contentHash().equals(hash)) {
            return new Pending(new IngestResult(id, previous.latest().version(), IngestResult.Status.DUPLICATE), null,
                    null);
        }
        int version = previous == null ? 1 : previous.latest().version() + 1;
        ArticleIngested article = new ArticleIngested(id, submission.url(), canonicalUrl, submission.title(),
                new Body(submission.bodyText(), submission.bodyHtml()), submission.publishedAt(),
                submission.source(), submission.author(), submission.breadcrumb(), submission.language(), hash,
                version, clock.instant(), submission.origin(), submission.sourceKeywords(),
                submission.parseWarnings());
        int size = EventCodec.encode(article).length;
        if (size > maxEventBytes) {
            // Kafka would refuse the record, and that refusal looks like an unreachable broker.
            return new Pending(new IngestResult(id, version, IngestResult.Status.TOO_LARGE, "The article is " + size
                    + " bytes as an event; at most " + maxEventBytes + " get through the pipeline. Shorten its body "
                    + "or split it into parts."), null, null);
        }
        IngestedArticle record = previous == null ? IngestedArticle.first(article) : previous.next(article);
        known.put(id, record);
        CompletableFuture<Void> acknowledgement = brokerDown
                ? CompletableFuture.failedFuture(new PublishFailedException("Kafka is unreachable", null))
                : submitted.within(() -> publisher.publish(article));
        return new Pending(new IngestResult(id, version, IngestResult.Status.ACCEPTED), record, acknowledgement);
    }

    /** A submission on its way: decided, and if new, sent to Kafka but not yet acknowledged. */
    private record Pending(IngestResult result, IngestedArticle record, CompletableFuture<Void> acknowledgement) {

        IngestResult await(Map<String, IngestedArticle> acknowledged) {
            if (acknowledgement == null) {
                return result;
            }
            try {
                acknowledgement.join();
                acknowledged.put(result.id(), record);
                return result;
            } catch (CompletionException e) {
                String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                return new IngestResult(result.id(), result.version(), IngestResult.Status.UNAVAILABLE, reason);
            }
        }
    }
}
