package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleIngested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The raw log in memory, in append order; a replay since a time takes what was ingested since then. */
public final class InMemoryRawHistory implements RawHistory {

    private final List<ArticleIngested> log = new ArrayList<>();

    public synchronized void append(ArticleIngested article) {
        log.add(article);
    }

    @Override
    public void replay(Instant since, Consumer<List<ArticleIngested>> chunk) {
        List<ArticleIngested> selected;
        synchronized (this) {
            selected = log.stream().filter(a -> since == null || !a.ingestedAt().isBefore(since)).toList();
        }
        for (int from = 0; from < selected.size(); from += 50) {
            chunk.accept(selected.subList(from, Math.min(selected.size(), from + 50)));
        }
    }
}
