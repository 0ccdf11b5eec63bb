package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.keywords.TermStatsStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/** Term statistics without MongoDB. */
public final class InMemoryTermStats implements TermStatsStore {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> counted = new HashSet<>();
    private long documents;
    private int commits;

    @Override
    public synchronized long load(ObjIntConsumer<String> termCounts) {
        counts.forEach(termCounts::accept);
        return documents;
    }

    @Override
    public synchronized void loadCounted(Consumer<String> articleId) {
        counted.forEach(articleId);
    }

    @Override
    public synchronized Set<String> commit(Map<String, Set<String>> termsByArticle) {
        commits++;
        Set<String> before = new HashSet<>();
        termsByArticle.forEach((id, terms) -> {
            if (!counted.add(id)) {
                before.add(id);
            } else {
                documents++;
                terms.forEach(term -> counts.merge(term, 1, Integer::sum));
            }
        });
        return before;
    }

    /** How many commits reached the store: one per stored batch. */
    public synchronized int commits() {
        return commits;
    }

    /** Marks the article as counted by someone else, as another instance would. */
    public synchronized void countElsewhere(String articleId) {
        counted.add(articleId);
    }
}
