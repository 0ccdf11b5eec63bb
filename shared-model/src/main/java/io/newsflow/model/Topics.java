package io.newsflow.model;

/** Kafka topic names. A breaking contract change gets a new version suffix, never an edited record. */
public final class Topics {

    public static final String ARTICLES_RAW = "newsflow.articles.raw.v1";
    public static final String ARTICLES_ENRICHED = "newsflow.articles.enriched.v1";
    /**
     * Labelled examples the topic classifier learns from, keyed by example id; compacted, so that the latest
     * example of every id (or its tombstone) is kept and every enrich instance rebuilds the same model from it.
     */
    public static final String TOPIC_EXAMPLES = "newsflow.topic-examples.v1";
    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }
}
