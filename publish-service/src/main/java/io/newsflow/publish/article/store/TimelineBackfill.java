package io.newsflow.publish.article.store;

import io.newsflow.model.ArticleEnriched;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists the stored articles of a read model written before the {@link ArticleTimeline} existed, once (a marker
 * says it was done; a start that fails before it tries again): a full scan of {@code articles}, {@link #BATCH}
 * articles a write. Until it is done, feed pages and stream resumes beyond the window see only what was stored
 * since. Listing an article twice, or an older enrichment of it, is harmless: readers check entries against the
 * stored article.
 */
@Component
class TimelineBackfill {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(TimelineBackfill.class);

    private final MongoTemplate mongo;
    private final ArticleTimeline timeline;

    TimelineBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
        this.timeline = new ArticleTimeline(mongo);
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        try {
            if (timeline.backfilled()) {
                return;
            }
            long started = System.nanoTime();
            int listed = 0;
            List<ArticleEnriched> batch = new ArrayList<>(BATCH);
            for (Document document : mongo.getCollection(MongoReadModel.COLLECTION).find()) {
                batch.add(MongoReadModel.read(document));
                if (batch.size() == BATCH) {
                    timeline.record(batch, Map.of());
                    listed += batch.size();
                    batch.clear();
                }
            }
            timeline.record(batch, Map.of());
            listed += batch.size();
            timeline.markBackfilled();
            if (listed > 0) {
                log.info("article timeline: {} stored articles listed in {} ms", listed,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("article timeline: cannot list the stored articles ({}); the next start tries again", e.toString());
        }
    }
}
