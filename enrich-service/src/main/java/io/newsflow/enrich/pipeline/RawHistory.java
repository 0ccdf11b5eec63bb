package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleIngested;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Outbound port: the raw articles as the log keeps them, for replaying history through the current models. */
public interface RawHistory {

    /**
     * Hands over, in chunks and in log order per partition, every raw article appended since the time (all when
     * null) up to the end of the log when the replay began; returns when all were handed over.
     */
    void replay(Instant since, Consumer<List<ArticleIngested>> chunk);
}
