package io.newsflow.publish.stream;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.feed.FeedCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The events after a stream cursor, oldest first, from the read model's enrichment history: an article the window
 * holds in the same enrichment is taken from there, the others are loaded by id, {@link #BATCH} a command. Only the
 * newest enrichment of an article is stored, so an article enriched again since the cursor is replayed once, as it
 * is now.
 */
@Component
class StreamHistory {

    static final int BATCH = 100;

    private final ReadModel readModel;
    private final FeedCache cache;

    StreamHistory(ReadModel readModel, FeedCache cache) {
        this.readModel = readModel;
        this.cache = cache;
    }

    void replay(StreamCursor after, Consumer<ArticleEnriched> send) {
        Iterator<ReadModel.Enrichment> enrichments = readModel.enrichedAfter(after.enrichedAtMillis(), after.id());
        while (enrichments.hasNext()) {
            List<ReadModel.Enrichment> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && enrichments.hasNext()) {
                batch.add(enrichments.next());
            }
            Map<String, ArticleEnriched> articles = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (ReadModel.Enrichment enrichment : batch) {
                Optional<ArticleEnriched> cached = cache.find(enrichment.id()).filter(a -> current(a, enrichment));
                cached.ifPresentOrElse(a -> articles.put(a.id(), a), () -> missing.add(enrichment.id()));
            }
            readModel.findAll(missing).forEach(a -> articles.put(a.id(), a));
            for (ReadModel.Enrichment enrichment : batch) {
                ArticleEnriched article = articles.get(enrichment.id());
                // an entry the article has moved away from (enriched again) is skipped: it comes at its new place
                if (article != null && current(article, enrichment)) {
                    send.accept(article);
                }
            }
        }
    }

    private static boolean current(ArticleEnriched article, ReadModel.Enrichment enrichment) {
        return StreamCursor.of(article).enrichedAtMillis() == enrichment.enrichedMillis();
    }
}
