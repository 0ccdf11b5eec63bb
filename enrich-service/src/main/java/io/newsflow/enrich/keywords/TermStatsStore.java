package io.newsflow.enrich.keywords;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/** Outbound port: the durable per-term document counts of the live corpus, and which articles they counted. */
public interface TermStatsStore {

    /** Calls back once per stored term with its document count; returns the number of documents counted. */
    long load(ObjIntConsumer<String> termCounts);

    /** Calls back once per article id already counted. */
    void loadCounted(Consumer<String> articleId);

    /**
     * Counts the articles, each with the set of its terms, in as few round trips as the store allows: the ids are
     * claimed first, and only the articles no one claimed before add their terms. Returns the ids that were
     * claimed before (by another instance, or before a crash), which added nothing.
     */
    Set<String> commit(Map<String, Set<String>> termsByArticle);
}
