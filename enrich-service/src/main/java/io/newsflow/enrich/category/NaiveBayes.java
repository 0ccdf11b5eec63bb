package io.newsflow.enrich.category;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Multinomial naive Bayes over weighted terms with Laplace smoothing. Learning and unlearning an example only
 * move counts, so the model is always trained on exactly the current examples.
 */
final class NaiveBayes {

    private static final double SMOOTHING = 1.0;

    private final Map<String, Map<String, Double>> termWeights = new HashMap<>();
    private final Map<String, Double> classWeights = new HashMap<>();
    private final Map<String, Integer> classExamples = new HashMap<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();

    void add(String label, Map<String, Double> terms, int sign) {
        classExamples.merge(label, sign, Integer::sum);
        Map<String, Double> weights = termWeights.computeIfAbsent(label, l -> new HashMap<>());
        terms.forEach((term, weight) -> {
            weights.merge(term, sign * weight, Double::sum);
            classWeights.merge(label, sign * weight, Double::sum);
            vocabulary.merge(term, sign, Integer::sum);
            if (vocabulary.get(term) <= 0) {
                vocabulary.remove(term);
            }
        });
        if (classExamples.get(label) <= 0) {
            classExamples.remove(label);
            classWeights.remove(label);
            termWeights.remove(label);
        }
    }

    int examples(String label) {
        return classExamples.getOrDefault(label, 0);
    }

    /** Posterior probability of each label given the terms; labels outside {@code eligible} are left out. */
    Map<String, Double> posterior(Map<String, Double> terms, Predicate<String> eligible) {
        int total = classExamples.entrySet().stream().filter(e -> eligible.test(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        Map<String, Double> logs = new HashMap<>();
        double vocabularySize = vocabulary.size() + 1;
        for (Map.Entry<String, Integer> entry : classExamples.entrySet()) {
            String label = entry.getKey();
            if (!eligible.test(label)) {
                continue;
            }
            double log = Math.log((double) entry.getValue() / total);
            double denominator = classWeights.getOrDefault(label, 0.0) + SMOOTHING * vocabularySize;
            Map<String, Double> weights = termWeights.get(label);
            for (Map.Entry<String, Double> term : terms.entrySet()) {
                if (vocabulary.containsKey(term.getKey())) {
                    double count = Math.max(0, weights.getOrDefault(term.getKey(), 0.0));
                    log += term.getValue() * Math.log((count + SMOOTHING) / denominator);
                }
            }
            logs.put(label, log);
        }
        double max = logs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logs.values().stream().mapToDouble(l -> Math.exp(l - max)).sum();
        Map<String, Double> posterior = new HashMap<>();
        logs.forEach((label, log) -> posterior.put(label, Math.exp(log - max) / sum));
        return posterior;
    }
}
