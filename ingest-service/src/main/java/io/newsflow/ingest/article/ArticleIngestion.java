package io.newsflow.ingest.article;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Accepts an article: gives it its stable id, drops exact repeats, numbers changed content as a new version,
 * and acknowledges only after Kafka has the event.
 */
@Service
public class ArticleIngestion {

    private final ArticlePublisher publisher;
    private final IngestedArticleStore store;
    private final Clock clock;

    public ArticleIngestion(ArticlePublisher publisher, IngestedArticleStore store, Clock clock) {
        this.publisher = publisher;
        this.store = store;
        this.clock = clock;
    }

    public IngestResult ingest(ArticleSubmission submission) {
        String canonicalUrl = ArticleIdentity.canonicalUrl(submission.url());
        String id = ArticleIdentity.id(canonicalUrl, submission.title(), submission.source(), submission.publishedAt());
        String hash = ArticleIdentity.contentHash(submission.title(), submission.bodyText());
        Optional<ArticleIngested> previous = store.latest(id);
        if (previous.isPresent() && previous.get().contentHash().equals(hash)) {
            return new IngestResult(id, previous.get().version(), IngestResult.Status.DUPLICATE);
        }
        int version = previous.map(p -> p.version() + 1).orElse(1);
        ArticleIngested article = new ArticleIngested(id, submission.url(), canonicalUrl, submission.title(),
                new Body(submission.bodyText(), submission.bodyHtml()), submission.publishedAt(),
                submission.source(), submission.author(), submission.breadcrumb(), submission.language(), hash,
                version, clock.instant(), submission.origin(), submission.sourceKeywords());
        publisher.publish(article);
        store.save(article);
        return new IngestResult(id, version, IngestResult.Status.ACCEPTED);
    }

    public Optional<ArticleIngested> find(String id) {
        return store.latest(id);
    }
}
