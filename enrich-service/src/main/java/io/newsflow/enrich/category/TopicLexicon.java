package io.newsflow.enrich.category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The team's own word lists per topic ({@code nlp/topic-terms.tsv}), which let the classifier answer from the first
 * article. An article scores for a topic by the listed words it uses: the word's weight, divided among the topics
 * that list it (as idf does), times a sublinear count, so that one word said twenty times is not twenty words.
 */
final class TopicLexicon {

    /** term -> topic -> weight */
    private final Map<String, Map<String, Double>> weights;

    private final int longest;

    private TopicLexicon(Map<String, Map<String, Double>> weights) {
        this.weights = weights;
        this.longest = weights.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    static TopicLexicon load() {
        Map<String, Map<String, Double>> listed = new HashMap<>();
        try (InputStream in = TopicLexicon.class.getResourceAsStream("/nlp/topic-terms.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(cols -> cols.length == 3)
                    .forEach(cols -> {
                        double weight = Double.parseDouble(cols[1].strip());
                        for (String term : cols[2].strip().split("\\s+")) {
                            listed.computeIfAbsent(term, t -> new HashMap<>()).merge(cols[0].strip(), weight, Math::max);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Double>> shared = new HashMap<>();
        listed.forEach((term, topics) -> {
            double spread = 1.0 / Math.sqrt(topics.size());
            Map<String, Double> divided = new HashMap<>();
            topics.forEach((topic, weight) -> divided.put(topic, weight * spread));
            shared.put(term, Map.copyOf(divided));
        });
        return new TopicLexicon(Map.copyOf(shared));
    }

    /** Score per topic; topics no listed word speaks for are absent. */
    Map<String, Double> scores(TopicEvidence evidence) {
        Map<String, Double> counts = new HashMap<>();
        count(evidence.title(), TopicEvidence.TITLE_WEIGHT, counts);
        count(evidence.body(), 1.0, counts);
        Map<String, Double> scores = new HashMap<>();
        counts.forEach((term, count) -> {
            double tf = 1 + Math.log(count);
            weights.get(term).forEach((topic, weight) -> scores.merge(topic, weight * tf, Double::sum));
        });
        return scores;
    }

    /**
     * Finds the listed words in the text, longest first from left to right (主教练, not 教练), so that a word the
     * segmenter split or merged with its neighbour is still found and no character counts twice.
     */
    private void count(String text, double weight, Map<String, Double> counts) {
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + longest);
            String found = null;
            for (; end > i; end--) {
                String candidate = text.substring(i, end);
                if (weights.containsKey(candidate)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                counts.merge(found, weight, Double::sum);
                i = end;
            }
        }
    }
}
