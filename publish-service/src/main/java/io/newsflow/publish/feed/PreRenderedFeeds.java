package io.newsflow.publish.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Feed requests answered before, by their exact request target (path and query as sent), with the feed each was
 * parsed into and its latest rendering. A later request for the same target needs no parsing and no lookup by
 * cache key. Bounded: when full it starts over, so arbitrary query strings cannot fill memory (renderings held here
 * and in {@link Feeds} together stay under a thousand).
 */
@Component
class PreRenderedFeeds {

    private static final int MAX_TARGETS = 256;

    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final FeedCache cache;
    private final Feeds feeds;

    PreRenderedFeeds(FeedCache cache, Feeds feeds) {
        this.cache = cache;
        this.feeds = feeds;
    }

    /** Called once a request was parsed and rendered without error, so only valid targets are kept. */
    void remember(HttpServletRequest http, FeedRequest request, RenderedFeed feed) {
        if (targets.size() >= MAX_TARGETS) {
            targets.clear();
        }
        targets.put(target(http), new Target(request, feed));
    }

    /** The current rendering for this request's target, or null when the target is new. */
    RenderedFeed find(HttpServletRequest http) {
        Target target = targets.get(target(http));
        if (target == null) {
            return null;
        }
        RenderedFeed feed = target.feed;
        if (feed.revision() != cache.revision() || feed.retired()) {
            feed = feeds.render(target.request);
            target.feed = feed;
        }
        return feed;
    }

    private static String target(HttpServletRequest http) {
        String query = http.getQueryString();
        return query == null ? http.getRequestURI() : http.getRequestURI() + "?" + query;
    }

    private static final class Target {

        private final FeedRequest request;
        private volatile RenderedFeed feed;

        Target(FeedRequest request, RenderedFeed feed) {
            this.request = request;
            this.feed = feed;
        }
    }
}
