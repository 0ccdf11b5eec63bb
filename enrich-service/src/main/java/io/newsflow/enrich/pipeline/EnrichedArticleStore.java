package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Outbound port: the record of truth of enriched articles. */
public interface EnrichedArticleStore {

    Optional<ArticleEnriched> find(String id);

    /** Inserts or replaces the article unless a newer version is stored already. */
    void upsert(ArticleEnriched article);

    /** The same for several articles, in one round trip where the store can. */
    default void upsertAll(List<ArticleEnriched> articles) {
        articles.forEach(this::upsert);
    }

    /** One pass over every stored article, for rebuilding in-memory state at start and for re-enrichment. */
    void forEach(Consumer<ArticleEnriched> action);
}
