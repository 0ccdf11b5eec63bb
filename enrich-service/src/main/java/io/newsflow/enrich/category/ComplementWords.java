package io.newsflow.enrich.category;

import java.util.HashMap;
import java.util.Map;

/**
 * Complement naive Bayes over the labelled examples (Rennie et al., 2003, "Tackling the poor assumptions of naive
 * Bayes text classifiers"): a topic's weight for a word comes from how often the word occurs in the examples of all
 * <em>other</em> topics, so that a topic with few examples is estimated from many; each example counts as a unit
 * vector of log counts (a long article is not many articles), and each topic's weights are normalised (a topic with
 * long examples does not outvote the rest). On long articles it separates topics better than plain naive Bayes
 * ({@link LearntTopicWords}); on headlines it adds little, which is why the classifier weighs it by length.
 * Learning and unlearning only move sums, so the model always reflects exactly the current examples; the
 * normalisation is recomputed on the first answer after a change.
 */
final class ComplementWords {

    private static final double SMOOTHING = 0.1;

    private final Map<String, Map<String, Double>> topicSums = new HashMap<>();
    private final Map<String, Double> sums = new HashMap<>();
    private final Map<String, Integer> topicExamples = new HashMap<>();
    private Map<String, Normaliser> normalisers;

    void add(String topic, Map<String, Double> words, int sign) {
        Map<String, Double> vector = unit(words);
        Map<String, Double> own = topicSums.computeIfAbsent(topic, t -> new HashMap<>());
        vector.forEach((word, x) -> {
            merge(own, word, sign * x);
            merge(sums, word, sign * x);
        });
        topicExamples.merge(topic, sign, Integer::sum);
        if (topicExamples.get(topic) <= 0) {
            topicExamples.remove(topic);
            topicSums.remove(topic);
        }
        normalisers = null;
    }

    /**
     * Per topic with examples, its score centred on the topics' mean and divided by the largest distance from it:
     * the best topic scores 1 when it stands out, and all score 0 when the words say nothing.
     */
    Map<String, Double> scores(Map<String, Double> words) {
        Map<String, Double> scores = new HashMap<>();
        if (topicSums.size() < 2) {
            return scores;
        }
        Map<String, Normaliser> norms = normalisers();
        Map<String, Double> vector = unit(words);
        topicSums.forEach((topic, own) -> {
            Normaliser norm = norms.get(topic);
            double score = 0;
            for (Map.Entry<String, Double> word : vector.entrySet()) {
                Double all = sums.get(word.getKey());
                if (all != null) {
                    score -= word.getValue() * norm.weight(all - own.getOrDefault(word.getKey(), 0.0));
                }
            }
            scores.put(topic, score);
        });
        double mean = scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        scores.replaceAll((topic, score) -> score - mean);
        double spread = scores.values().stream().mapToDouble(Math::abs).max().orElse(0);
        if (spread > 0) {
            scores.replaceAll((topic, score) -> score / spread);
        }
        return scores;
    }

    int examples(String topic) {
        return topicExamples.getOrDefault(topic, 0);
    }

    private Map<String, Normaliser> normalisers() {
        if (normalisers == null) {
            double grand = sums.values().stream().mapToDouble(Double::doubleValue).sum();
            int vocabulary = sums.size();
            Map<String, Normaliser> computed = new HashMap<>();
            topicSums.forEach((topic, own) -> {
                double ownTotal = own.values().stream().mapToDouble(Double::doubleValue).sum();
                double logTotal = Math.log(grand - ownTotal + SMOOTHING * vocabulary);
                double absolute = 0;
                for (Map.Entry<String, Double> word : sums.entrySet()) {
                    double complement = word.getValue() - own.getOrDefault(word.getKey(), 0.0);
                    absolute += Math.abs(Math.log(complement + SMOOTHING) - logTotal);
                }
                computed.put(topic, new Normaliser(logTotal, absolute == 0 ? 1 : vocabulary / absolute));
            });
            normalisers = computed;
        }
        return normalisers;
    }

    private static Map<String, Double> unit(Map<String, Double> words) {
        Map<String, Double> vector = new HashMap<>();
        double squares = 0;
        for (Map.Entry<String, Double> word : words.entrySet()) {
            double x = Math.log(1 + Math.max(word.getValue(), 0));
            if (x > 0) {
                vector.put(word.getKey(), x);
                squares += x * x;
            }
        }
        double length = Math.sqrt(squares);
        vector.replaceAll((word, x) -> x / length);
        return vector;
    }

    private static void merge(Map<String, Double> sums, String word, double delta) {
        double sum = sums.merge(word, delta, Double::sum);
        if (Math.abs(sum) <= 1e-9) {
            sums.remove(word);
        }
    }

    /** A topic's complement log-probability total and the factor that makes its weights' mean magnitude 1. */
    private record Normaliser(double logTotal, double scale) {

        double weight(double complementCount) {
            return (Math.log(Math.max(complementCount, 0) + SMOOTHING) - logTotal) * scale;
        }
    }
}
