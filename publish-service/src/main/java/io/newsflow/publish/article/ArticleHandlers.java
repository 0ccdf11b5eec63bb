package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;

/** Extension points for what happens when an enriched article (or a new enrichment of one) arrives. */
public final class ArticleHandlers {

    private ArticleHandlers() {
    }

    /**
     * Called once per consumer group for each enriched event, after the read model stored it: per-article side
     * effects such as webhook deliveries go here, so several instances do them once, not once each.
     */
    public interface OncePerGroup {
        void onEnriched(ArticleEnriched article);
    }

    /**
     * Called on every instance for each enriched event: per-instance state such as caches and open SSE streams.
     */
    public interface OnEveryInstance {
        void onEnriched(ArticleEnriched article);
    }
}
