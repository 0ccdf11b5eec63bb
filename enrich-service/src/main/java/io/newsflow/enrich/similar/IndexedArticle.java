package io.newsflow.enrich.similar;

import io.newsflow.enrich.keywords.TermKey;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Keyword;
import io.newsflow.model.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of one article: enough to match it and to know its current duplicate and recommendation
 * state, so that updates to it can be decided without reading MongoDB.
 */
final class IndexedArticle {

    final String id;
    final long simhash;
    final Instant time;
    /** {@link #time} in epoch milliseconds, read for every scored candidate. */
    final long millis;
    final Instant seen;
    final String source;
    final String title;
    /** Keyword weights by {@link TermKey}, and the keywords as the article wrote them, for the reasons shown. */
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, String> surfaces = new HashMap<>();
    final double norm;
    private String duplicateOf;
    final List<String> alsoReportedBy;
    private List<Recommendation> recommendations;
    /** Where the index keeps it: slot -1 and no slots outside the index. */
    int slot = -1;
    Slots slots;

    IndexedArticle(ArticleEnriched article) {
        this.id = article.id();
        this.simhash = article.simhash() == null ? 0 : Long.parseUnsignedLong(article.simhash(), 16);
        this.time = timeOf(article);
        this.millis = time.toEpochMilli();
        this.seen = article.article().ingestedAt() == null ? time : article.article().ingestedAt();
        this.source = article.article().source();
        this.title = article.article().title();
        double squares = 0;
        for (Keyword keyword : article.keywords()) {
            String key = TermKey.of(keyword.term());
            terms.merge(key, keyword.weight(), Double::sum);
            surfaces.putIfAbsent(key, keyword.term());
        }
        for (double weight : terms.values()) {
            squares += weight * weight;
        }
        this.norm = Math.sqrt(squares);
        this.duplicateOf = article.duplicateOf();
        this.alsoReportedBy = new ArrayList<>(article.alsoReportedBy());
        this.recommendations = new ArrayList<>(article.recommendations());
    }

    /** When the article appeared: its publication time, else when it was ingested or enriched. */
    static Instant timeOf(ArticleEnriched article) {
        if (article.article().publishedAt() != null) {
            return article.article().publishedAt();
        }
        if (article.article().ingestedAt() != null) {
            return article.article().ingestedAt();
        }
        return article.enrichedAt() == null ? Instant.EPOCH : article.enrichedAt();
    }

    /**
     * Earlier publication wins; at the same publication time the copy ingested first, and then the lexically
     * smaller id, so that every instance picks the same one.
     */
    boolean isEarlierThan(IndexedArticle other) {
        int byTime = time.compareTo(other.time);
        if (byTime != 0) {
            return byTime < 0;
        }
        int bySeen = seen.compareTo(other.seen);
        return bySeen < 0 || (bySeen == 0 && id.compareTo(other.id) < 0);
    }

    String duplicateOf() {
        return duplicateOf;
    }

    List<Recommendation> recommendations() {
        return recommendations;
    }

    void duplicateOf(String canonicalId) {
        duplicateOf = canonicalId;
        changed();
    }

    void recommend(List<Recommendation> list) {
        recommendations = list;
        changed();
    }

    private void changed() {
        if (slots != null) {
            slots.refresh(this);
        }
    }

    /** The id of the canonical copy of this article's duplicate cluster. */
    String canonicalId() {
        return duplicateOf == null ? id : duplicateOf;
    }
}
