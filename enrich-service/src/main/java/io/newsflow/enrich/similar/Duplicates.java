package io.newsflow.enrich.similar;

import io.newsflow.enrich.nlp.SimHash;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate clusters: a new article within the SimHash distance and time window of indexed ones joins
 * their cluster, whose canonical copy is the earliest. The canonical copy lists the other copies' sources.
 */
final class Duplicates {

    private final SimilarityProperties properties;

    Duplicates(SimilarityProperties properties) {
        this.properties = properties;
    }

    /** Sets the article's duplicateOf and updates the cluster; adds the ids of changed indexed articles. */
    void place(IndexedArticle article, ArticleIndex index, Set<String> touched) {
        Map<String, IndexedArticle> roots = new LinkedHashMap<>();
        for (IndexedArticle match : index.bandCandidates(article.simhash)) {
            if (isCopy(article, match)) {
                IndexedArticle root = match.duplicateOf() == null ? null : index.get(match.duplicateOf());
                IndexedArticle canonical = root == null ? match : root;
                roots.put(canonical.id, canonical);
            }
        }
        if (roots.isEmpty()) {
            return;
        }
        IndexedArticle canonical = earliest(article, roots.values());
        article.duplicateOf(canonical == article ? null : canonical.id);
        if (addSource(canonical, article.source) && canonical != article) {
            touched.add(canonical.id);
        }
        for (IndexedArticle root : roots.values()) {
            if (root == canonical || touched.size() >= properties.maxTouched()) {
                continue;
            }
            // A copy that arrived before its original: the original takes the cluster over.
            root.duplicateOf(canonical.id);
            addSource(canonical, root.source);
            root.alsoReportedBy.forEach(source -> addSource(canonical, source));
            root.alsoReportedBy.clear();
            touched.add(root.id);
            if (canonical != article) {
                touched.add(canonical.id);
            }
        }
    }

    private static IndexedArticle earliest(IndexedArticle article, Iterable<IndexedArticle> roots) {
        IndexedArticle earliest = article;
        for (IndexedArticle root : roots) {
            if (root.isEarlierThan(earliest)) {
                earliest = root;
            }
        }
        return earliest;
    }

    private boolean isCopy(IndexedArticle a, IndexedArticle b) {
        return !a.id.equals(b.id) && SimHash.distance(a.simhash, b.simhash) <= properties.maxDistance()
                && Duration.between(a.time, b.time).abs().compareTo(properties.duplicateWindow()) <= 0;
    }

    private static boolean addSource(IndexedArticle canonical, String source) {
        if (source.isBlank() || source.equals(canonical.source) || canonical.alsoReportedBy.contains(source)) {
            return false;
        }
        return canonical.alsoReportedBy.add(source);
    }
}
