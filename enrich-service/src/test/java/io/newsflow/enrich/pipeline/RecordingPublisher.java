package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have gone to the enriched topic, in order. */
public final class RecordingPublisher implements EnrichedArticlePublisher {

    private final List<ArticleEnriched> published = new ArrayList<>();

    @Override
    public synchronized void publish(ArticleEnriched article) {
        published.add(article);
    }

    public synchronized List<ArticleEnriched> published() {
        return List.copyOf(published);
    }
}
