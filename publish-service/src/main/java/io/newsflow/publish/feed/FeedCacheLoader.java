package io.newsflow.publish.feed;

import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the feed cache from the read model when the service starts, so feeds are complete at once; the broadcast
 * consumer then brings it up to date from the enriched topic (applying an article twice changes nothing).
 */
@Component
class FeedCacheLoader {

    private static final Logger log = LoggerFactory.getLogger(FeedCacheLoader.class);

    private final FeedCache cache;
    private final ReadModel readModel;
    private final int size;

    FeedCacheLoader(FeedCache cache, ReadModel readModel, PublishProperties properties) {
        this.cache = cache;
        this.readModel = readModel;
        this.size = properties.cacheSize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long started = System.nanoTime();
        try {
            int loaded = 0;
            for (var article : readModel.newest(size)) {
                cache.apply(article);
                loaded++;
            }
            log.info("feed cache: {} articles loaded from the read model in {} ms", loaded,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("feed cache: read model not available at start ({}); the enriched topic will fill it", e.toString());
        }
    }
}
