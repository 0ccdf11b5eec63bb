package io.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * An ingested article with what enrichment added.
 *
 * @param simhash 64-bit SimHash as 16 lower-case hex digits
 * @param duplicateOf id of the earliest near-duplicate, or null
 * @param modelVersion version of the enrichment model that produced this record
 * @param places places the article is about (kept apart from its subject categories)
 * @param zhHant title and summary in traditional characters
 * @param alsoReportedBy sources that carried near-duplicates (转载) of this article, when it is the canonical copy
 * @param topic what the article is about; null only in events written before topics existed
 * @param topicConfidence 0..1; low when the classifier was unsure, which still names its best topic
 * @param topicAssignedBy which signal gave the topic
 */
public record ArticleEnriched(
        ArticleIngested article,
        List<Category> categories,
        List<Keyword> keywords,
        List<Entity> entities,
        String summary,
        String simhash,
        String duplicateOf,
        List<Recommendation> recommendations,
        String modelVersion,
        Instant enrichedAt,
        List<String> places,
        Localized zhHant,
        List<String> alsoReportedBy,
        ArticleTopic topic,
        double topicConfidence,
        ArticleTopic.AssignedBy topicAssignedBy) implements EnrichedArticleEvent {

    /** An article without a topic, as events written before topics existed read. */
    public ArticleEnriched(ArticleIngested article, List<Category> categories, List<Keyword> keywords,
            List<Entity> entities, String summary, String simhash, String duplicateOf,
            List<Recommendation> recommendations, String modelVersion, Instant enrichedAt, List<String> places,
            Localized zhHant, List<String> alsoReportedBy) {
        this(article, categories, keywords, entities, summary, simhash, duplicateOf, recommendations, modelVersion,
                enrichedAt, places, zhHant, alsoReportedBy, null, 0, null);
    }

    public ArticleEnriched {
        categories = categories == null ? List.of() : List.copyOf(categories);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        entities = entities == null ? List.of() : List.copyOf(entities);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        summary = summary == null ? "" : summary;
        places = places == null ? List.of() : List.copyOf(places);
        alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
    }

    @Override
    public String id() {
        return article.id();
    }
}
