package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import java.util.List;
import java.util.Optional;

/** Outbound port: publish-service's own store of enriched articles (newsflow_publish). */
public interface ReadModel {

    Optional<ArticleEnriched> find(String id);

    /** Stores the article unless the same or a newer enrichment of it is stored already. */
    void upsert(ArticleEnriched article);

    /** {@link #upsert} for each article, in one write whatever their number. */
    void upsertAll(List<ArticleEnriched> articles);

    /** The newest articles by publish time; a full scan on the Mongo-wire stand-in, so for start-up only. */
    List<ArticleEnriched> newest(int limit);
}
