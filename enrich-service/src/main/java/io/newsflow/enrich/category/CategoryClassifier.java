package io.newsflow.enrich.category;

import io.newsflow.enrich.keywords.TermKey;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Categories for articles without a breadcrumb, learnt from the articles with one: their keyword terms are the
 * features, their breadcrumb category the label. It answers only once at least two categories have enough
 * examples, and only above a confidence threshold: an uncategorized article is better than a wrong category.
 */
@Component
public class CategoryClassifier {

    /**
     * Keyword weights (at most 1) as term counts are weak evidence; counting the strongest keyword twice sharpens
     * the posterior to where the 0.6 threshold separates right answers from guesses (on the test corpus, leaving
     * each labelled article out: three times as much made confidently wrong answers, once left most unanswered).
     */
    private static final double EVIDENCE = 2.0;

    private final NaiveBayes model = new NaiveBayes();
    private final Map<String, Example> examples = new HashMap<>();
    private final Map<String, Category> representatives = new HashMap<>();
    private final int minExamples;
    private final double minConfidence;

    public CategoryClassifier(@Value("${newsflow.enrich.classifier.min-examples:3}") int minExamples,
            @Value("${newsflow.enrich.classifier.min-confidence:0.6}") double minConfidence) {
        this.minExamples = minExamples;
        this.minConfidence = minConfidence;
    }

    /** Learns from an article with a breadcrumb category; a later version of the same id replaces its example. */
    public synchronized void learn(String articleId, Category category, List<Keyword> keywords) {
        Example previous = examples.remove(articleId);
        if (previous != null) {
            model.add(previous.label(), previous.terms(), -1);
        }
        if (category == null || keywords.isEmpty()) {
            return;
        }
        Example example = new Example(category.code(), terms(keywords));
        examples.put(articleId, example);
        model.add(example.label(), example.terms(), 1);
        representatives.putIfAbsent(category.code(), category);
    }

    public synchronized Optional<Category> classify(List<Keyword> keywords) {
        long trained = representatives.keySet().stream().filter(l -> model.examples(l) >= minExamples).count();
        if (trained < 2 || keywords.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> posterior = model.posterior(terms(keywords), l -> model.examples(l) >= minExamples);
        return posterior.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= minConfidence)
                .map(best -> {
                    Category template = representatives.get(best.getKey());
                    return new Category(template.code(), template.path(), template.label(),
                            Math.round(best.getValue() * 1000) / 1000.0, Category.AssignedBy.CLASSIFIER);
                });
    }

    private static Map<String, Double> terms(List<Keyword> keywords) {
        Map<String, Double> terms = new LinkedHashMap<>();
        keywords.forEach(k -> terms.merge(TermKey.of(k.term()), k.weight() * EVIDENCE, Double::sum));
        return terms;
    }

    private record Example(String label, Map<String, Double> terms) {
    }
}
