package io.newsflow.enrich.keywords;

import io.newsflow.enrich.nlp.DocumentFrequencies;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Document frequencies of the articles enriched so far. MongoDB keeps them across restarts; this in-memory
 * copy, loaded once at start and updated as articles are enriched, answers the per-term look-ups of the hot
 * path. Other instances' counts reach this copy at its next start, which is precise enough for an IDF.
 */
@Component
public class CorpusStatistics implements DocumentFrequencies {

    private static final Logger log = LoggerFactory.getLogger(CorpusStatistics.class);

    private final TermStatsStore store;
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    public CorpusStatistics(TermStatsStore store) {
        this.store = store;
    }

    public void load() {
        counts.clear();
        documents.set(store.load(counts::put));
        log.info("term statistics: {} documents, {} terms", documents.get(), counts.size());
    }

    /** Counts the article once per id, however often it is replayed or re-versioned. */
    public void record(String articleId, Set<String> terms) {
        if (!store.claim(articleId)) {
            return;
        }
        store.increment(terms);
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        documents.incrementAndGet();
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
