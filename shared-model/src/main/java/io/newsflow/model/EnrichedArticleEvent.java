package io.newsflow.model;

/** Events on {@link Topics#ARTICLES_ENRICHED}. */
public sealed interface EnrichedArticleEvent permits ArticleEnriched {

    String id();
}
