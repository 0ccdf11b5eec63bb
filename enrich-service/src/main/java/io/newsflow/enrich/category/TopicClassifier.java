package io.newsflow.enrich.category;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A topic for every article from its words. Cold, it answers from the team's word lists alone; each article whose
 * topic a trusted signal gave (breadcrumb, channel, URL) becomes a naive Bayes example, and the learnt model's
 * vote weighs more as examples accumulate. It always names its best topic; an unsure answer has a low confidence.
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

    private final Taxonomy taxonomy;
    private final TopicLexicon lexicon = TopicLexicon.load();
    private final LearntTopicWords learnt = new LearntTopicWords();
    private final Map<String, Example> examples = new HashMap<>();

    public TopicClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Learns an article's topic from a trusted signal; a later version of the same id replaces its example. */
    public synchronized void learn(String articleId, String topic, TopicEvidence evidence) {
        Example previous = examples.remove(articleId);
        if (previous != null) {
            learnt.add(previous.topic(), previous.features(), -1);
        }
        if (topic == null || evidence.isEmpty()) {
            return;
        }
        Example example = new Example(taxonomy.get(topic).code(), features(evidence));
        examples.put(articleId, example);
        learnt.add(example.topic(), example.features(), 1);
    }

    public synchronized Scored classify(TopicEvidence evidence) {
        Map<String, Double> lexical = lexicon.scores(evidence);
        Map<String, Double> learntScores = learnt.scores(features(evidence));
        double mean = learntScores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Double> logits = new HashMap<>();
        for (Taxonomy.Entry entry : taxonomy.entries()) {
            String topic = entry.code();
            int n = learnt.examples(topic);
            double shrink = n / (n + HALF_WEIGHT_EXAMPLES);
            logits.put(topic, LEXICON_SHARPNESS * lexical.getOrDefault(topic, 0.0)
                    + LEARNT_WEIGHT * shrink * (learntScores.getOrDefault(topic, mean) - mean));
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
        Map<String, Double> features = new HashMap<>();
        evidence.words().forEach((word, count) -> features.put(word, 1 + Math.log(count)));
        return features;
    }

    /** The best topic and its probability. */
    public record Scored(Taxonomy.Entry topic, double confidence) {
    }

    private record Example(String topic, Map<String, Double> features) {
    }
}
