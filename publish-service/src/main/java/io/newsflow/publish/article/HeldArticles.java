package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import java.util.Optional;

/**
 * The articles this instance holds in memory (the feed cache): what a relations change is applied to on every
 * instance, without a read of the store.
 */
public interface HeldArticles {

    Optional<ArticleEnriched> find(String id);
}
