package io.newsflow.enrich.category;

import java.util.HashMap;
import java.util.Map;

/**
 * Word counts of the articles a trusted signal labelled, per topic, as naive Bayes keeps them; an article scores
 * for a topic by how much likelier its words are in that topic's examples than in all examples (log-odds against
 * the background). A topic without examples scores 0, neither for nor against. Learning and unlearning only move
 * counts, so the weights always reflect exactly the current examples.
 */
final class LearntTopicWords {

    private static final double SMOOTHING = 0.5;

    private final Map<String, Map<String, Double>> topicCounts = new HashMap<>();
    private final Map<String, Double> topicTotals = new HashMap<>();
    private final Map<String, Integer> topicExamples = new HashMap<>();
    private final Map<String, Double> counts = new HashMap<>();
    private double total;
    private int examples;

    void add(String topic, Map<String, Double> words, int sign) {
        examples += sign;
        topicExamples.merge(topic, sign, Integer::sum);
        Map<String, Double> own = topicCounts.computeIfAbsent(topic, t -> new HashMap<>());
        words.forEach((word, weight) -> {
            double delta = sign * weight;
            own.merge(word, delta, Double::sum);
            topicTotals.merge(topic, delta, Double::sum);
            counts.merge(word, delta, Double::sum);
            total += delta;
            if (counts.get(word) <= 1e-9) {
                counts.remove(word);
            }
            if (own.get(word) <= 1e-9) {
                own.remove(word);
            }
        });
        if (topicExamples.get(topic) <= 0) {
            topicExamples.remove(topic);
            topicCounts.remove(topic);
            topicTotals.remove(topic);
        }
    }

    int examples() {
        return examples;
    }

    int examples(String topic) {
        return topicExamples.getOrDefault(topic, 0);
    }

    /** Log-odds score per topic with examples; words never seen in an example say nothing. */
    Map<String, Double> scores(Map<String, Double> words) {
        Map<String, Double> scores = new HashMap<>();
        double vocabulary = counts.size() + 1;
        double background = total + SMOOTHING * vocabulary;
        topicCounts.forEach((topic, own) -> {
            double denominator = topicTotals.getOrDefault(topic, 0.0) + SMOOTHING * vocabulary;
            double score = 0;
            for (Map.Entry<String, Double> word : words.entrySet()) {
                Double seen = counts.get(word.getKey());
                if (seen != null) {
                    double inTopic = (own.getOrDefault(word.getKey(), 0.0) + SMOOTHING) / denominator;
                    double overall = (seen + SMOOTHING) / background;
                    score += word.getValue() * Math.log(inTopic / overall);
                }
            }
            scores.put(topic, score);
        });
        return scores;
    }
}
