package io.newsflow.model;

/**
 * Events on {@link Topics#ARTICLES_ENRICHED}, told apart by their CloudEvents type ({@code ce_type}): an enrichment
 * of an article, or a change of an older article's relations. A record without a type is an enrichment, as every
 * record was before relations changes had one of their own.
 */
public sealed interface EnrichedArticleEvent permits ArticleEnriched, ArticleRelationsChanged {

    String id();

    /** The CloudEvents type this event travels under. */
    static String type(EnrichedArticleEvent event) {
        return event instanceof ArticleRelationsChanged ? CloudEvent.TYPE_RELATIONS_CHANGED : CloudEvent.TYPE_ENRICHED;
    }

    /** Reads a record's body by its CloudEvents type (null: an enrichment). */
    static EnrichedArticleEvent decode(byte[] body, String type) {
        return CloudEvent.TYPE_RELATIONS_CHANGED.equals(type)
                ? EventCodec.decode(body, ArticleRelationsChanged.class)
                : EventCodec.decode(body, ArticleEnriched.class);
    }
}
