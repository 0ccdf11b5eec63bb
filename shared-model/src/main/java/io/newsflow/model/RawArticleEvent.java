package io.newsflow.model;

/** Events on {@link Topics#ARTICLES_RAW}. */
public sealed interface RawArticleEvent permits ArticleIngested {

    String id();
}
