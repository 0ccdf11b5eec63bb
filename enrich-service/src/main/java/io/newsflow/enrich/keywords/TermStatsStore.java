package io.newsflow.enrich.keywords;

import java.util.Collection;
import java.util.function.ObjIntConsumer;

/** Outbound port: the durable per-term document counts of the live corpus. */
public interface TermStatsStore {

    /** Calls back once per stored term with its document count; returns the number of documents counted. */
    long load(ObjIntConsumer<String> termCounts);

    /**
     * Marks the article as counted; false when it was counted before (a replay or a new version), so that
     * each article id adds to the statistics once.
     */
    boolean claim(String articleId);

    /** Adds one document containing these terms. */
    void increment(Collection<String> terms);
}
