package io.newsflow.enrich.similar;

import io.newsflow.model.ArticleEnriched;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * This instance's index of recent articles, the GlobalKTable pattern: filled from MongoDB at start, kept
 * current as articles are enriched here, never queried in MongoDB per article. Calls are serialized.
 */
@Component
public class SimilarArticles {

    private final ArticleIndex index;
    private final Duplicates duplicates;
    private final Recommender recommender;

    public SimilarArticles(SimilarityProperties properties) {
        this.index = new ArticleIndex(properties.postingsPerTerm(), properties.maxArticles());
        this.duplicates = new Duplicates(properties);
        this.recommender = new Recommender(properties);
    }

    /** Adds a stored article as it is, for the rebuild at start; callers add them oldest first. */
    public synchronized void load(ArticleEnriched stored) {
        index.add(new IndexedArticle(stored));
    }

    /**
     * Finds the article's copies and related articles, indexes it, and returns what changed: its own state
     * and that of the older articles it affects. A new version of an indexed article replaces it.
     */
    public synchronized Placement place(ArticleEnriched article) {
        IndexedArticle entry = new IndexedArticle(article);
        IndexedArticle previous = index.get(entry.id);
        if (previous != null) {
            entry.alsoReportedBy.addAll(previous.alsoReportedBy);
            index.remove(entry.id);
        }
        Set<String> touched = new LinkedHashSet<>();
        entry.duplicateOf(null);
        duplicates.place(entry, index, touched);
        Candidates scored = recommender.score(entry, index);
        entry.recommend(recommender.top(entry, scored, index.slots()));
        recommender.updateOthers(entry, scored, index.slots(), touched);
        index.add(entry);
        Map<String, Related> others = new LinkedHashMap<>();
        touched.forEach(id -> Optional.ofNullable(index.get(id)).ifPresent(a -> others.put(id, Related.of(a))));
        return new Placement(Related.of(entry), others);
    }

    public synchronized int size() {
        return index.size();
    }
}
