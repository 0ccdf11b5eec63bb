package io.newsflow.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A newer article changed an older one's relations: its related articles (推荐资讯), the earliest copy it
 * duplicates, the sources that carried copies of it. Nothing else of the article changed, so only these travel
 * (a new article changes about three older ones; re-publishing each whole tripled what every consumer of the
 * enriched topic read and stored). A consumer applies it to the article it holds when that is the version named
 * and this enrichment is newer; otherwise it ignores it: an enrichment of a newer version carries its own relations.
 *
 * @param version the article version whose relations changed
 * @param enrichedAt when they changed, later than the enrichedAt of the record they change
 */
public record ArticleRelationsChanged(
        String articleId,
        int version,
        Instant enrichedAt,
        String duplicateOf,
        List<Recommendation> recommendations,
        List<String> alsoReportedBy) implements EnrichedArticleEvent {

    public ArticleRelationsChanged {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
    }

    /** The relations of an enriched article, as the change that gives them. */
    public static ArticleRelationsChanged of(ArticleEnriched article) {
        return new ArticleRelationsChanged(article.id(), article.article().version(), article.enrichedAt(),
                article.duplicateOf(), article.recommendations(), article.alsoReportedBy());
    }

    @Override
    public String id() {
        return articleId;
    }

    /** Whether this changes the given record: the same version, enriched earlier (or at an unknown time). */
    public boolean appliesTo(ArticleEnriched current) {
        return current != null && current.id().equals(articleId) && current.article().version() == version
                && (current.enrichedAt() == null || enrichedAt.isAfter(current.enrichedAt()));
    }

    /** The record with these relations and this enrichedAt, everything else as it was. */
    public ArticleEnriched applyTo(ArticleEnriched current) {
        return new ArticleEnriched(current.article(), current.categories(), current.keywords(), current.entities(),
                current.summary(), current.simhash(), duplicateOf, recommendations, current.modelVersion(), enrichedAt,
                current.places(), current.zhHant(), alsoReportedBy, current.topic(), current.topicConfidence(),
                current.topicAssignedBy());
    }
}
