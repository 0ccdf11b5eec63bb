package io.newsflow.publish.article;

import io.newsflow.model.ArticleEnriched;
import java.util.List;

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

        /**
         * The articles of one poll, in order; handlers that write to the store override this to write once per
         * poll instead of once per article.
         */
        default void onEnriched(List<Received> articles) {
            articles.forEach(received -> onEnriched(received.article()));
        }
    }

    /**
     * Called on every instance for each enriched event: per-instance state such as caches and open SSE streams.
     */
    public interface OnEveryInstance {
        void onEnriched(ArticleEnriched article);
    }

    /**
     * An article as the listener received it.
     *
     * @param traceparent the W3C trace context of the span it was received in, null when it came without one
     */
    public record Received(ArticleEnriched article, String traceparent) {
    }
}
