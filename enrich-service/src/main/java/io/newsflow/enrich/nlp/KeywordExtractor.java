package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.newsflow.model.Keyword;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * TF-IDF keywords over nouns, named entities and phrases the article quotes repeatedly. The IDF comes from
 * the frequencies in HanLP's core dictionary, a background corpus: words it lacks (names, coined phrases) count
 * as rare. Generic words are dropped and administrative variants merged (长宁区 → 长宁).
 */
@Component
public class KeywordExtractor {

    private static final int TOP = 10;
    private static final double TITLE_BOOST = 3.0;
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』,,。、\\s]{2,12})[”\"」』]");
    private static final Pattern ADMIN_SUFFIX = Pattern.compile("^(\\p{IsHan}{2,})(区|县|市|省)$");
    private static final double MAX_FREQUENCY = 25_146_057d;

    private final Segmenter segmenter;
    private final Stopwords stopwords = Stopwords.load();

    public KeywordExtractor(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public List<Keyword> keywords(String title, String body) {
        Map<String, Double> scores = new HashMap<>();
        count(segmenter.tokens(body), 1.0, scores);
        count(segmenter.tokens(title), TITLE_BOOST, scores);
        countQuotedPhrases(title + "\n" + body, scores);
        Map<String, Double> weighted = new LinkedHashMap<>();
        scores.forEach((term, tf) -> weighted.put(term, Math.log1p(tf) * idf(term)));
        double max = weighted.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Keyword(e.getKey(), Math.round(e.getValue() / max * 1000) / 1000.0))
                .toList();
    }

    private void count(List<Token> tokens, double weight, Map<String, Double> scores) {
        for (Token token : tokens) {
            if (token.isNoun()) {
                String term = merge(token.word());
                if (isCandidate(term)) {
                    scores.merge(term, weight, Double::sum);
                }
            }
        }
    }

    /** A phrase quoted at least twice (“虹桥友谊联盟”) is a name the article is about, even if HanLP splits it. */
    private void countQuotedPhrases(String text, Map<String, Double> scores) {
        Map<String, Integer> quoted = new HashMap<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            quoted.merge(matcher.group(1), 1, Integer::sum);
        }
        quoted.forEach((phrase, count) -> {
            if (count >= 2 && isCandidate(phrase)) {
                int occurrences = text.split(Pattern.quote(phrase), -1).length - 1;
                scores.merge(phrase, (double) occurrences, Math::max);
            }
        });
    }

    private String merge(String word) {
        Matcher matcher = ADMIN_SUFFIX.matcher(word);
        return matcher.matches() && !stopwords.contains(matcher.group(1)) ? matcher.group(1) : word;
    }

    private boolean isCandidate(String term) {
        return term.codePointCount(0, term.length()) >= 2 && !stopwords.contains(term)
                && !term.chars().allMatch(c -> Character.isDigit(c) || !Character.isLetter(c));
    }

    private static double idf(String term) {
        int frequency = CoreDictionary.getTermFrequency(term);
        return Math.log((MAX_FREQUENCY + 1) / (frequency + 1));
    }
}
