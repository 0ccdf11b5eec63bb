package io.newsflow.model;

import java.time.Instant;
import java.util.Map;

/**
 * A labelled example for the topic classifier, on {@link Topics#TOPIC_EXAMPLES} keyed by {@code id}; a record
 * with the same key replaces it, a tombstone (null value) withdraws it.
 *
 * @param id {@code article:<id>} for a label a trusted signal gave an article, {@code correction:<id>} for an
 *     operator's correction of an article's topic, {@code operator:<sha-256 of the text>} for a posted example
 * @param topic taxonomy code, e.g. {@code sport}
 * @param words content words of the example as the enrich segmenter read them, with their weighted counts
 * @param text the example's text where an operator gave one (so it can be read again by a later segmenter)
 * @param kind where the label came from
 * @param articleId the article the example is about, if any
 * @param recordedAt when it was recorded
 */
public record TopicExampleRecorded(String id, String topic, Map<String, Double> words, String text, Kind kind,
        String articleId, Instant recordedAt) {

    public TopicExampleRecorded {
        words = words == null ? Map.of() : Map.copyOf(words);
        text = text == null ? "" : text;
    }

    /** Where a label came from. */
    public enum Kind {
        /** a breadcrumb, channel label or portal URL of the article named its topic */
        SIGNAL,
        /** an operator posted the example */
        OPERATOR,
        /** an operator corrected an article's topic; the article keeps that topic */
        CORRECTION
    }
}
