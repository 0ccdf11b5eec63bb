package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The article store without MongoDB, with the same rule: a newer stored version is never replaced. */
public final class InMemoryArticleStore implements EnrichedArticleStore {

    private final Map<String, ArticleEnriched> articles = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ArticleEnriched> find(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized void upsert(ArticleEnriched article) {
        ArticleEnriched stored = articles.get(article.id());
        if (stored == null || stored.article().version() <= article.article().version()) {
            articles.put(article.id(), article);
        }
    }

    @Override
    public synchronized void forEach(Consumer<ArticleEnriched> action) {
        Map.copyOf(articles).values().forEach(action);
    }
}
