package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.EnrichedArticleEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the enriched topic's events make of the articles they name. An enrichment is the record itself; a relations
 * change is applied to the record it changes: the one an earlier event of the same poll made, else the one held
 * (the read model, the feed cache). A change that applies to nothing held (another version, not newer, an article
 * never stored) makes nothing: the enrichment of a newer version carries its own relations.
 */
public final class EnrichedEvents {

    private EnrichedEvents() {
    }

    /**
     * The record each event makes, in order, null where it makes none; {@code held} is asked once, for the articles
     * whose changes no earlier event of the list explains.
     */
    public static List<ArticleEnriched> records(List<? extends EnrichedArticleEvent> events,
            Function<Set<String>, Map<String, ArticleEnriched>> held) {
        Set<String> enrichedHere = new LinkedHashSet<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (EnrichedArticleEvent event : events) {
            if (event instanceof ArticleRelationsChanged && !enrichedHere.contains(event.id())) {
                wanted.add(event.id());
            } else if (event instanceof ArticleEnriched) {
                enrichedHere.add(event.id());
            }
        }
        Map<String, ArticleEnriched> current = new HashMap<>(wanted.isEmpty() ? Map.of() : held.apply(wanted));
        List<ArticleEnriched> records = new ArrayList<>(events.size());
        for (EnrichedArticleEvent event : events) {
            ArticleEnriched base = current.get(event.id());
            ArticleEnriched record = null;
            if (event instanceof ArticleRelationsChanged change) {
                record = change.appliesTo(base) ? change.applyTo(base) : null;
            } else if (event instanceof ArticleEnriched article) {
                record = article;
            }
            if (record != null && (base == null || isNewer(record, base))) {
                current.put(record.id(), record);
            }
            records.add(record);
        }
        return records;
    }

    /** A later version, or the same version enriched later. */
    public static boolean isNewer(ArticleEnriched candidate, ArticleEnriched current) {
        int byVersion = Integer.compare(candidate.article().version(), current.article().version());
        return byVersion > 0 || (byVersion == 0 && candidate.enrichedAt() != null && current.enrichedAt() != null
                && candidate.enrichedAt().isAfter(current.enrichedAt()));
    }
}
