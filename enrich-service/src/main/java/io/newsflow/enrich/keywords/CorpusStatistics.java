package io.newsflow.enrich.keywords;

import io.newsflow.enrich.nlp.DocumentFrequencies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Document frequencies of the articles enriched so far. MongoDB keeps them across restarts; this in-memory
 * copy, loaded once at start with the ids already counted and updated as articles are enriched, answers the
 * per-term look-ups of the hot path and decides at once whether an article was counted before. What a batch
 * adds is written behind, in one commit when the batch is stored ({@link #flush}). An article another instance
 * counted first (a rebalance replay) is taken back from this copy at the commit. Other instances' counts reach
 * this copy at its next start, which is precise enough for an IDF.
 */
@Component
public class CorpusStatistics implements DocumentFrequencies {

    private static final Logger log = LoggerFactory.getLogger(CorpusStatistics.class);

    private final TermStatsStore store;
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final Set<String> counted = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> pending = new LinkedHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    public CorpusStatistics(TermStatsStore store) {
        this.store = store;
    }

    public synchronized void load() {
        counts.clear();
        counted.clear();
        pending.clear();
        documents.set(store.load(counts::put));
        store.loadCounted(counted::add);
        log.info("term statistics: {} documents, {} terms, {} article ids counted", documents.get(), counts.size(),
                counted.size());
    }

    /** Counts the article once per id, however often it is replayed or re-versioned; stored at {@link #flush}. */
    public synchronized void record(String articleId, Set<String> terms) {
        if (!counted.add(articleId)) {
            return;
        }
        pending.put(articleId, Set.copyOf(terms));
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        documents.incrementAndGet();
    }

    /** Writes what was recorded since the last flush; an article counted elsewhere first is taken back. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Set<String>> batch = new LinkedHashMap<>(pending);
        pending.clear();
        for (String before : store.commit(batch)) {
            batch.get(before).forEach(term -> counts.computeIfPresent(term, (t, n) -> n > 1 ? n - 1 : null));
            documents.decrementAndGet();
        }
    }

    @Override
    public long documents() {
        return documents.get();
    }

    @Override
    public long frequency(String term) {
        return counts.getOrDefault(term, 0);
    }
}
