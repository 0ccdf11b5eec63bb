package io.newsflow.enrich.keywords;

import io.newsflow.enrich.nlp.DocumentFrequencies;
import io.newsflow.enrich.nlp.Extraction;
import io.newsflow.model.Keyword;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * TF-IDF over Lucene's English analysis (standard tokenizer, possessives, English stopwords plus
 * {@code nlp/stopwords-en.txt}, Porter stems), so
 * that "markets" and "market" count as one term; each stem is reported in the form the article used most.
 * Corpus statistics keep stems under an {@code en:} prefix, apart from Chinese terms.
 */
final class EnglishKeywordExtractor {

    static final String PREFIX = "en:";
    private static final int TOP = 10;
    private static final double TITLE_BOOST = 3.0;

    private final EnglishAnalyzer analyzer = new EnglishAnalyzer(stopwords());
    private final DocumentFrequencies corpus;

    EnglishKeywordExtractor(DocumentFrequencies corpus) {
        this.corpus = corpus;
    }

    Extraction extract(String title, String body) {
        Map<String, Double> tf = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        count(title, TITLE_BOOST, tf, surfaces);
        count(body, 1.0, tf, surfaces);
        Map<String, Double> weighted = new HashMap<>();
        tf.forEach((stem, count) -> weighted.put(stem, Math.log1p(count) * idf(stem)));
        double max = weighted.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Keyword> keywords = weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Keyword(surface(surfaces.get(e.getKey())),
                        Math.round(e.getValue() / max * 1000) / 1000.0))
                .toList();
        Set<String> terms = tf.keySet().stream().map(stem -> PREFIX + stem).collect(Collectors.toSet());
        return new Extraction(keywords, terms);
    }

    /** Unseen stems count as rare; with no corpus yet every stem weighs the same and frequency decides. */
    private double idf(String stem) {
        long documents = corpus.documents();
        return Math.log(1 + (documents + 1d) / (corpus.frequency(PREFIX + stem) + 1));
    }

    private void count(String text, double weight, Map<String, Double> tf, Map<String, Map<String, Integer>> surfaces) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (stem.length() < 3 || stem.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                tf.merge(stem, weight, Double::sum);
                String surface = text.substring(offset.startOffset(), offset.endOffset()).replaceAll("['’]s$", "");
                surfaces.computeIfAbsent(stem, s -> new HashMap<>()).merge(surface, 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowercase forms win over capitalised ones (a sentence start), unless the word is only ever capitalised. */
    private static CharArraySet stopwords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        try (InputStream in = EnglishKeywordExtractor.class.getResourceAsStream("/nlp/stopwords-en.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Arrays.stream(l.split("\\s+")))
                    .filter(w -> !w.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String surface(Map<String, Integer> forms) {
        Map<String, Integer> lower = new HashMap<>();
        forms.forEach((form, count) -> {
            if (form.equals(form.toLowerCase())) {
                lower.put(form, count);
            }
        });
        return (lower.isEmpty() ? forms : lower).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
