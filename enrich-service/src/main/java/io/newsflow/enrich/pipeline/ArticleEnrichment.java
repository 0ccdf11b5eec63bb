package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Enriches each raw event once per id, version and model. Kafka is written before MongoDB: a crash between the
 * two replays the event and publishes it again (consumers upsert), while a stored record means both are done.
 */
@Service
public class ArticleEnrichment {

    private static final Logger log = LoggerFactory.getLogger(ArticleEnrichment.class);

    private final Enricher enricher;
    private final EnrichedArticleStore store;
    private final EnrichedArticlePublisher publisher;

    public ArticleEnrichment(Enricher enricher, EnrichedArticleStore store, EnrichedArticlePublisher publisher) {
        this.enricher = enricher;
        this.store = store;
        this.publisher = publisher;
    }

    /** Returns the enriched article, or empty when this version was already enriched or a newer one exists. */
    public Optional<ArticleEnriched> process(ArticleIngested article) {
        Optional<ArticleEnriched> stored = store.find(article.id());
        if (stored.isPresent() && isDone(stored.get(), article)) {
            log.debug("article {} v{} already enriched", article.id(), article.version());
            return Optional.empty();
        }
        ArticleEnriched enriched = enricher.enrich(article);
        publisher.publish(enriched);
        store.upsert(enriched);
        log.info("enriched article {} v{}: {} keywords", article.id(), article.version(), enriched.keywords().size());
        return Optional.of(enriched);
    }

    private static boolean isDone(ArticleEnriched stored, ArticleIngested incoming) {
        int storedVersion = stored.article().version();
        return storedVersion > incoming.version()
                || (storedVersion == incoming.version() && Enricher.MODEL_VERSION.equals(stored.modelVersion()));
    }
}
