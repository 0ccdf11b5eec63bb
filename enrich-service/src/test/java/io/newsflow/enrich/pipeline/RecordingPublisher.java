package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.EnrichedArticleEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what would have gone to the enriched topic, in order: the events as sent, and the records a consumer makes
 * of them (a relations change applied to the latest record of its article).
 */
public final class RecordingPublisher implements EnrichedArticlePublisher {

    private final List<EnrichedArticleEvent> events = new ArrayList<>();
    private final List<ArticleEnriched> published = new ArrayList<>();
    private final Map<String, ArticleEnriched> latest = new HashMap<>();

    @Override
    public synchronized void publish(EnrichedArticleEvent event) {
        events.add(event);
        ArticleEnriched record;
        if (event instanceof ArticleRelationsChanged change) {
            ArticleEnriched current = latest.get(change.id());
            if (!change.appliesTo(current)) {
                throw new IllegalStateException("a relations change that applies to no record sent: " + change);
            }
            record = change.applyTo(current);
        } else {
            record = (ArticleEnriched) event;
        }
        latest.put(record.id(), record);
        published.add(record);
    }

    /** Every record as a consumer of the topic holds it after each event. */
    public synchronized List<ArticleEnriched> published() {
        return List.copyOf(published);
    }

    public synchronized List<EnrichedArticleEvent> events() {
        return List.copyOf(events);
    }
}
