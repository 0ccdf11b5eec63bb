package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.keywords.TermStatsStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/** Term statistics without MongoDB. */
public final class InMemoryTermStats implements TermStatsStore {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> counted = new HashSet<>();
    private long documents;

    @Override
    public synchronized long load(ObjIntConsumer<String> termCounts) {
        counts.forEach(termCounts::accept);
        return documents;
    }

    @Override
    public synchronized boolean claim(String articleId) {
        return counted.add(articleId);
    }

    @Override
    public synchronized void increment(Collection<String> terms) {
        documents++;
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
    }
}
