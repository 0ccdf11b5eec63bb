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
 * that list it (as idf does), times a sublinear count, so that one word said twenty times is not twenty words. The
 * headline's text between listed words adds a weak vote from its characters ({@link ListedCharacters}); a body's
 * does not, since in a body enough listed words speak and its other characters are mostly noise.
 */
final class TopicLexicon {

    /**
     * How much the characters outside listed words count: a listed word is worth 1 to 2, a character's lift is at
     * most about 0.9, so a whole unlisted headline weighs about as much as one typical word.
     */
    private static final double CHARACTER_WEIGHT = 1.0;

    /** term -> topic -> weight */
    private final Map<String, Map<String, Double>> weights;

    private final ListedCharacters characters;

    private final int longest;

    private TopicLexicon(Map<String, Map<String, Double>> weights, ListedCharacters characters) {
        this.weights = weights;
        this.characters = characters;
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
        return new TopicLexicon(Map.copyOf(shared), ListedCharacters.of(listed));
    }

    /** Score per topic; topics neither a listed word nor a character speaks for are absent. */
    Map<String, Double> scores(TopicEvidence evidence) {
        Map<String, Double> counts = new HashMap<>();
        Map<Integer, Double> unlisted = new HashMap<>();
        count(evidence.title(), TopicEvidence.TITLE_WEIGHT, counts, unlisted);
        count(evidence.body(), 1.0, counts, new HashMap<>());
        Map<String, Double> scores = new HashMap<>();
        counts.forEach((term, count) -> {
            double tf = 1 + Math.log(count);
            weights.get(term).forEach((topic, weight) -> scores.merge(topic, weight * tf, Double::sum));
        });
        characters.score(unlisted, CHARACTER_WEIGHT, scores);
        return scores;
    }

    /**
     * Finds the listed words in the text, longest first from left to right (主教练, not 教练), so that a word the
     * segmenter split or merged with its neighbour is still found and no character counts twice; the characters
     * no listed word covers are counted apart.
     */
    private void count(String text, double weight, Map<String, Double> counts, Map<Integer, Double> unlisted) {
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
                unlisted.merge((int) text.charAt(i), weight, Double::sum);
                i++;
            } else {
                counts.merge(found, weight, Double::sum);
                i = end;
            }
        }
    }
}
