package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.enrich.category.TopicExampleChange;
import io.newsflow.enrich.category.TopicExampleLog;
import java.util.ArrayList;
import java.util.List;

/** The examples log of a single instance: applied to its classifier at once, and kept in order. */
public final class AppliedTopicExamples implements TopicExampleLog {

    private final TopicClassifier classifier;
    private final List<TopicExampleChange> appended = new ArrayList<>();

    public AppliedTopicExamples(TopicClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public synchronized void append(List<TopicExampleChange> changes) {
        appended.addAll(changes);
        changes.forEach(change -> classifier.apply(change.id(), change.example()));
    }

    public synchronized List<TopicExampleChange> appended() {
        return List.copyOf(appended);
    }
}
