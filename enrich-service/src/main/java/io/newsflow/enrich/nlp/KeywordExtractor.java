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

/**
 * TF-IDF keywords over nouns, named entities and phrases the article quotes repeatedly. The IDF blends two
 * corpora: the frequencies in HanLP's core dictionary (background: words it lacks, names and coined phrases,
 * count as rare) and the document frequencies of the articles seen so far, which take over up to half of the
 * weight as the live corpus grows, so that words every article of this feed uses sink. Generic words are
 * dropped and administrative variants merged (长宁区 → 长宁).
 */
public class KeywordExtractor {

    private static final int TOP = 10;
    private static final double TITLE_BOOST = 3.0;
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』,,。、\\s]{2,12})[”\"」』]");
    private static final Pattern ADMIN_SUFFIX = Pattern.compile("^(\\p{IsHan}{2,})(区|县|市|省)$");
    private static final double MAX_FREQUENCY = 25_146_057d;
    private static final double MAX_IDF = Math.log(MAX_FREQUENCY + 1);
    /** Below this many articles the corpus frequencies are noise. */
    private static final long MIN_CORPUS = 20;
    /** Corpus size at which the corpus IDF gets its full (half) share. */
    private static final double FULL_CORPUS = 1000;

    private final Segmenter segmenter;
    private final DocumentFrequencies corpus;
    private final Stopwords stopwords = Stopwords.load();

    public KeywordExtractor(Segmenter segmenter) {
        this(segmenter, DocumentFrequencies.NONE);
    }

    public KeywordExtractor(Segmenter segmenter, DocumentFrequencies corpus) {
        this.segmenter = segmenter;
        this.corpus = corpus;
    }

    public List<Keyword> keywords(String title, String body) {
        return extract(title, segmenter.tokens(title), body, segmenter.tokens(body)).keywords();
    }

    /** Keywords from tokens the caller segmented already (it needs them for entities and SimHash too). */
    public Extraction extract(String title, List<Token> titleTokens, String body, List<Token> bodyTokens) {
        Map<String, Double> scores = new HashMap<>();
        count(bodyTokens, 1.0, scores);
        count(titleTokens, TITLE_BOOST, scores);
        countQuotedPhrases(title, body, scores);
        Map<String, Double> weighted = new LinkedHashMap<>();
        scores.forEach((term, tf) -> weighted.put(term, Math.log1p(tf) * idf(term)));
        double max = weighted.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Keyword> keywords = weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Keyword(e.getKey(), Math.round(e.getValue() / max * 1000) / 1000.0))
                .toList();
        return new Extraction(keywords, scores.keySet());
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

    /**
     * A phrase quoted at least twice (“虹桥友谊联盟”) is a name the article is about, even if HanLP splits it; in
     * the title it weighs as much as title words do.
     */
    private void countQuotedPhrases(String title, String body, Map<String, Double> scores) {
        String text = title + "\n" + body;
        Map<String, Integer> quoted = new HashMap<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            quoted.merge(matcher.group(1), 1, Integer::sum);
        }
        quoted.forEach((phrase, count) -> {
            if (count >= 2 && isCandidate(phrase)) {
                double occurrences = occurrences(body, phrase) + TITLE_BOOST * occurrences(title, phrase);
                scores.merge(phrase, occurrences, Math::max);
                // Its parts were counted inside it already: 联动 in “六外联动” is the phrase, not a keyword.
                for (Token part : segmenter.tokens(phrase)) {
                    String term = merge(part.word());
                    if (!term.equals(phrase)) {
                        scores.computeIfPresent(term,
                                (t, score) -> score - occurrences > 0 ? score - occurrences : null);
                    }
                }
            }
        });
    }

    private static int occurrences(String text, String phrase) {
        return text.split(Pattern.quote(phrase), -1).length - 1;
    }

    private String merge(String word) {
        Matcher matcher = ADMIN_SUFFIX.matcher(word);
        return matcher.matches() && !stopwords.contains(matcher.group(1)) ? matcher.group(1) : word;
    }

    private boolean isCandidate(String term) {
        return term.codePointCount(0, term.length()) >= 2 && !stopwords.contains(term)
                && !term.chars().allMatch(c -> Character.isDigit(c) || !Character.isLetter(c));
    }

    private double idf(String term) {
        double background = Math.log((MAX_FREQUENCY + 1) / (CoreDictionary.getTermFrequency(term) + 1));
        long documents = corpus.documents();
        if (documents < MIN_CORPUS) {
            return background;
        }
        // Rescaled to the background's range so that the blend does not depend on the corpus size.
        double live = Math.log((documents + 1d) / (corpus.frequency(term) + 1)) / Math.log(documents + 1d) * MAX_IDF;
        double share = 0.5 * Math.min(1, documents / FULL_CORPUS);
        return (1 - share) * background + share * live;
    }
}
