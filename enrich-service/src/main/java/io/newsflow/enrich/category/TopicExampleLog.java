package io.newsflow.enrich.category;

import java.util.List;

/**
 * Outbound port: the log of labelled examples every enrich instance's {@link TopicClassifier} is built from. An
 * append returns once the log acknowledged it, and this instance's classifier has applied it; every other
 * instance applies it as it follows the log, and a restarted one rebuilds the same model from it.
 */
public interface TopicExampleLog {

    void append(List<TopicExampleChange> changes);
}
