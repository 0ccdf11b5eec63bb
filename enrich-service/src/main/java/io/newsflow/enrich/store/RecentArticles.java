package io.newsflow.enrich.store;

import io.newsflow.model.ArticleEnriched;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records this instance wrote last, least recently used dropped first. The articles a new one updates (its
 * canonical copy, its related articles) are nearly always recent, so their reads need no round trip. A record
 * another instance changed since is at worst an older version, which the version-guarded writes and the
 * consumers' version comparison both ignore.
 */
final class RecentArticles {

    private final Map<String, ArticleEnriched> records;

    RecentArticles(int capacity) {
        this.records = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleEnriched> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<ArticleEnriched> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** Keeps the record unless a newer version is cached already. */
    synchronized void put(ArticleEnriched article) {
        ArticleEnriched cached = records.get(article.id());
        if (cached == null || cached.article().version() <= article.article().version()) {
            records.put(article.id(), article);
        }
    }

    synchronized void forget(String id) {
        records.remove(id);
    }
}
