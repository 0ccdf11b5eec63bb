package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.article.EnrichedEvents;
import io.newsflow.publish.article.HeldArticles;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The newest articles, newest first, bounded in size. Applying the same or an older enrichment of an article
 * changes nothing, so the cache can be fed from replays and from several consumers at once. It is the first of
 * the handlers every instance runs for an enriched article: the others (streams, WebSub) read it up to date.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FeedCache implements ArticleHandlers.OnEveryInstance, HeldArticles {

    /** In milliseconds, as cursors and the read model's timeline order them, so all three agree on ties. */
    private static final Comparator<ArticleEnriched> NEWEST_FIRST = Comparator
            .comparingLong((ArticleEnriched a) -> ArticleTimes.sortTime(a).toEpochMilli()).reversed()
            .thenComparing(ArticleEnriched::id);

    private final int capacity;
    private final TreeSet<ArticleEnriched> newest = new TreeSet<>(NEWEST_FIRST);
    private final Map<String, ArticleEnriched> byId = new HashMap<>();
    /** Written under the lock, read without it: feed requests check it on every hit. */
    private volatile long revision;

    public FeedCache(PublishProperties properties) {
        this.capacity = properties.cacheSize();
    }

    @Override
    public void onEnriched(ArticleEnriched article) {
        apply(article);
    }

    /** Returns true when the cache changed. */
    public synchronized boolean apply(ArticleEnriched article) {
        ArticleEnriched current = byId.get(article.id());
        if (current != null && !EnrichedEvents.isNewer(article, current)) {
            return false;
        }
        if (current != null) {
            newest.remove(current);
        }
        newest.add(article);
        byId.put(article.id(), article);
        while (newest.size() > capacity) {
            byId.remove(newest.pollLast().id());
        }
        if (!newest.contains(article)) {
            return false;
        }
        revision++;
        return true;
    }

    public synchronized Snapshot snapshot(int limit) {
        return new Snapshot(revision, newest.stream().limit(limit).toList());
    }

    /** Every cached article, newest first. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(revision, List.copyOf(newest));
    }

    @Override
    public synchronized Optional<ArticleEnriched> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many articles the window holds once it is full. */
    public int capacity() {
        return capacity;
    }

    public long revision() {
        return revision;
    }

    /** A consistent view: the items and the revision they belong to. */
    public record Snapshot(long revision, List<ArticleEnriched> items) {
    }
}
