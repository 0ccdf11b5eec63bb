package io.newsflow.enrich.category;

import io.newsflow.model.TopicExampleRecorded;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A topic for every article from its words. Cold, it answers from the team's word lists alone; each labelled
 * example (an article whose topic a trusted signal gave, an operator's example or correction) is an example of
 * two learnt models, naive Bayes and complement naive Bayes (the latter weighing more on long articles), and their
 * votes weigh more as examples accumulate. It always names its best topic; an
 * unsure answer has a low confidence. The examples come from the examples log that every instance applies
 * ({@link TopicExampleLog}), so the same examples make the same model whatever order they arrived in.
 */
@Component
public class TopicClassifier {

    /** How sharply lexicon scores turn into probabilities: one strong title word is not yet a sure answer. */
    private static final double LEXICON_SHARPNESS = 0.6;

    /** A topic's examples after which its learnt words weigh half of what they will. */
    private static final double HALF_WEIGHT_EXAMPLES = 5;

    /**
     * How much learnt log-odds count beside the word lists' scores: 0.3 improved both development sets as examples
     * arrived, 1 let a few headline examples outvote the lists (headlines after 500 examples fell below cold).
     */
    private static final double LEARNT_WEIGHT = 0.3;

    /**
     * How much complement naive Bayes counts, in units of the strongest word-list score, when its topic has many
     * examples and the article many words; on the development sets it lifted full text after 500 examples from
     * 0.824 to 0.845 macro-F1 and left headlines as they were.
     */
    private static final double COMPLEMENT_WEIGHT = 1.5;

    /** A topic's examples, and an article's distinct words, after which complement naive Bayes weighs half. */
    private static final double COMPLEMENT_HALF_EXAMPLES = 40;

    private static final double COMPLEMENT_HALF_WORDS = 40;

    private final Taxonomy taxonomy;
    private final TopicLexicon lexicon = TopicLexicon.load();
    private final LearntTopicWords learnt = new LearntTopicWords();
    private final ComplementWords complement = new ComplementWords();
    private final Map<String, Example> examples = new HashMap<>();
    private final Map<String, String> corrections = new HashMap<>();

    public TopicClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Applies one record of the examples log: an example replaces the earlier one of its id, null withdraws it.
     * Examples of topics this taxonomy does not know are ignored.
     */
    public synchronized void apply(String id, TopicExampleRecorded example) {
        Example previous = examples.remove(id);
        if (previous != null) {
            learnt.add(previous.topic(), features(previous.words()), -1);
            complement.add(previous.topic(), previous.words(), -1);
            if (previous.correctedArticle() != null) {
                corrections.remove(previous.correctedArticle());
            }
        }
        if (example == null || example.words().isEmpty() || !taxonomy.contains(example.topic())) {
            return;
        }
        String corrected = example.kind() == TopicExampleRecorded.Kind.CORRECTION ? example.articleId() : null;
        Example added = new Example(example.topic(), example.words(), corrected);
        examples.put(id, added);
        learnt.add(added.topic(), features(added.words()), 1);
        complement.add(added.topic(), added.words(), 1);
        if (corrected != null) {
            corrections.put(corrected, example.topic());
        }
    }

    /** Learns an article's topic from a trusted signal at once (as {@link #signal} and {@link #apply} do). */
    public void learn(String articleId, String topic, TopicEvidence evidence) {
        TopicExampleChange change = signal(articleId, topic, evidence);
        if (change != null) {
            apply(change.id(), change.example());
        }
    }

    /**
     * What the examples log needs after an article was enriched: its example when a trusted signal named its
     * topic, a withdrawal when it taught something before and no longer does, else nothing (null).
     */
    public synchronized TopicExampleChange signal(String articleId, String topic, TopicEvidence evidence) {
        String id = signalId(articleId);
        if (topic == null || evidence.isEmpty()) {
            return examples.containsKey(id) ? new TopicExampleChange(id, null) : null;
        }
        return new TopicExampleChange(id, new TopicExampleRecorded(id, taxonomy.get(topic).code(), evidence.words(),
                null, TopicExampleRecorded.Kind.SIGNAL, articleId, Instant.now()));
    }

    /** The topic an operator set for the article, if any. */
    public synchronized Optional<Taxonomy.Entry> correction(String articleId) {
        return Optional.ofNullable(corrections.get(articleId)).map(taxonomy::get);
    }

    /** How many examples the model holds, per topic, and a digest of them: equal digests, equal answers. */
    public synchronized ModelState state() {
        Map<String, Integer> perTopic = new TreeMap<>();
        TreeMap<String, String> sorted = new TreeMap<>();
        examples.forEach((id, example) -> {
            perTopic.merge(example.topic(), 1, Integer::sum);
            sorted.put(id, example.topic() + "\u0000" + new TreeMap<>(features(example.words())));
        });
        return new ModelState(examples.size(), corrections.size(), perTopic, digest(sorted.toString()));
    }

    static String signalId(String articleId) {
        return "article:" + articleId;
    }

    public synchronized Scored classify(TopicEvidence evidence) {
        Map<String, Double> lexical = lexicon.scores(evidence);
        Map<String, Double> learntScores = learnt.scores(features(evidence));
        double mean = learntScores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Double> complementScores = complement.scores(evidence.words());
        double complementBest = complementScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double strongestListed = Math.max(1, lexical.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        int words = evidence.words().size();
        double complementScale = complementBest <= 0 ? 0
                : COMPLEMENT_WEIGHT * strongestListed / complementBest * words / (words + COMPLEMENT_HALF_WORDS);
        Map<String, Double> logits = new HashMap<>();
        for (Taxonomy.Entry entry : taxonomy.entries()) {
            String topic = entry.code();
            int n = learnt.examples(topic);
            double shrink = n / (n + HALF_WEIGHT_EXAMPLES);
            int m = complement.examples(topic);
            logits.put(topic, LEXICON_SHARPNESS * lexical.getOrDefault(topic, 0.0)
                    + LEARNT_WEIGHT * shrink * (learntScores.getOrDefault(topic, mean) - mean)
                    + complementScale * m / (m + COMPLEMENT_HALF_EXAMPLES) * complementScores.getOrDefault(topic, 0.0));
        }
        double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logits.values().stream().mapToDouble(l -> Math.exp(l - max)).sum();
        Map.Entry<String, Double> best = logits.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> e.getKey().equals(Taxonomy.FALLBACK)))
                .orElseThrow();
        double confidence = Math.exp(best.getValue() - max) / sum;
        return new Scored(taxonomy.get(best.getKey()), Math.round(confidence * 1000) / 1000.0);
    }

    /** Sublinear counts: a long article is stronger evidence than a headline, but not by its length. */
    private static Map<String, Double> features(TopicEvidence evidence) {
        return features(evidence.words());
    }

    private static Map<String, Double> features(Map<String, Double> words) {
        Map<String, Double> features = new HashMap<>();
        words.forEach((word, count) -> features.put(word, 1 + Math.log(Math.max(count, 1.0))));
        return features;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The best topic and its probability. */
    public record Scored(Taxonomy.Entry topic, double confidence) {
    }

    /** What the model holds: examples, corrected articles, examples per topic and a digest of all of them. */
    public record ModelState(int examples, int corrections, Map<String, Integer> perTopic, String digest) {
    }

    private record Example(String topic, Map<String, Double> words, String correctedArticle) {
    }
}
