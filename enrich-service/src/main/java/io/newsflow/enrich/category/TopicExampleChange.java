package io.newsflow.enrich.category;

import io.newsflow.model.TopicExampleRecorded;

/**
 * One record for the examples log: the example of an id, or its withdrawal ({@code example} null).
 */
public record TopicExampleChange(String id, TopicExampleRecorded example) {
}
