package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Outbound port: the record of truth of enriched articles. */
public interface EnrichedArticleStore {

    Optional<ArticleEnriched> find(String id);

    /** The stored records of those of the ids that have one, in one round trip where the store can. */
    default Map<String, ArticleEnriched> findAll(Collection<String> ids) {
        Map<String, ArticleEnriched> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(article -> found.put(id, article)));
        return found;
    }

    /** Inserts or replaces the article unless a newer version is stored already. */
    void upsert(ArticleEnriched article);

    /** The same for several articles, in one round trip where the store can. */
    default void upsertAll(List<ArticleEnriched> articles) {
        articles.forEach(this::upsert);
    }

    /** One pass over every stored article, for rebuilding in-memory state at start and for re-enrichment. */
    void forEach(Consumer<ArticleEnriched> action);
}
