package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: publish-service's own store of enriched articles (newsflow_publish), and the history of when
 * articles are listed (feeds, by {@link ArticleTimes#sortTime}) and were enriched (the stream), for readers whose
 * position is older than the in-memory window.
 */
public interface ReadModel {

    Optional<ArticleEnriched> find(String id);

    /** The stored articles of these ids, in the order asked, the ones not stored left out; one command. */
    List<ArticleEnriched> findAll(List<String> ids);

    /** Stores the article unless the same or a newer enrichment of it is stored already. */
    void upsert(ArticleEnriched article);

    /** {@link #upsert} for each article, in one write whatever their number. */
    void upsertAll(List<ArticleEnriched> articles);

    /** The newest articles by publish time; a full scan on the Mongo-wire stand-in, so for start-up only. */
    List<ArticleEnriched> newest(int limit);

    /**
     * Articles listed after a position in newest-first order (older, or as old with a greater id), newest first,
     * read a few days at a time as the caller goes on. An entry may be stale (the article moved since): check it
     * against the stored article.
     */
    Iterator<Listed> listedAfter(long sortMillis, String id);

    /** Articles enriched after a position (later, or as late with a greater id), oldest first; entries may be stale. */
    Iterator<Enrichment> enrichedAfter(long enrichedMillis, String id);

    /**
     * What a feed needs to know to pick an article without loading it.
     *
     * @param categories each category's path joined with {@code /}, and its code
     * @param keywords keyword terms as enriched
     */
    record Listed(String id, long sortMillis, String source, List<String> categories, List<String> keywords) {
    }

    /** An enrichment of an article as the stream orders it. */
    record Enrichment(String id, long enrichedMillis) {
    }
}
