package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.similar.Related;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.EnrichedArticleEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Stores older articles that a new one changed (it is their copy, or a better related article) and publishes the
 * change of their relations. Consumers keep the newest enrichedAt of a version, so each update carries a later one
 * than the stored record, even when clocks of two instances disagree.
 */
@Component
class RelatedUpdates {

    private final EnrichedArticleStore store;
    private final EnrichedArticlePublisher publisher;
    private final Clock clock;

    RelatedUpdates(EnrichedArticleStore store, EnrichedArticlePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The stored records of the changed articles with their new relations, not yet published or stored. */
    List<ArticleEnriched> prepare(Map<String, Related> changes) {
        return prepare(changes, store::find);
    }

    /** The same, reading the current records through the given lookup (a batch's own, then the store's). */
    List<ArticleEnriched> prepare(Map<String, Related> changes, Function<String, Optional<ArticleEnriched>> find) {
        List<ArticleEnriched> updates = new ArrayList<>();
        changes.forEach((id, related) -> find.apply(id).filter(stored -> !sameRelations(stored, related))
                .ifPresent(stored -> updates.add(with(stored, related, newer(stored)))));
        return updates;
    }

    /**
     * Publishes the article with the updates it caused (as relations changes) in one batch (one wait for the broker
     * instead of two), then stores them all: Kafka before MongoDB, as for every enriched article.
     */
    void publishAndStore(ArticleEnriched article, List<ArticleEnriched> updates) {
        List<ArticleEnriched> batch = new ArrayList<>(updates.size() + 1);
        List<EnrichedArticleEvent> events = new ArrayList<>(updates.size() + 1);
        if (article != null) {
            batch.add(article);
            events.add(article);
        }
        batch.addAll(updates);
        updates.forEach(update -> events.add(ArticleRelationsChanged.of(update)));
        if (batch.isEmpty()) {
            return;
        }
        publisher.publishAll(events);
        store.upsertAll(batch);
    }

    static ArticleEnriched with(ArticleEnriched article, Related related, Instant enrichedAt) {
        return new ArticleRelationsChanged(article.id(), article.article().version(), enrichedAt, related.duplicateOf(),
                related.recommendations(), related.alsoReportedBy()).applyTo(article);
    }

    private Instant newer(ArticleEnriched stored) {
        Instant now = clock.instant();
        Instant after = stored.enrichedAt() == null ? now : stored.enrichedAt().plusMillis(1);
        return now.isAfter(after) ? now : after;
    }

    private static boolean sameRelations(ArticleEnriched stored, Related related) {
        return Objects.equals(stored.duplicateOf(), related.duplicateOf())
                && stored.alsoReportedBy().equals(related.alsoReportedBy())
                && stored.recommendations().equals(related.recommendations());
    }
}
