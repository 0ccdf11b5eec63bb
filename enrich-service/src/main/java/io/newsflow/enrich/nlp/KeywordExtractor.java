package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.newsflow.model.Keyword;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** A verb or adjective weighs this much of a noun as frequent and as rare. */
    private static final double PREDICATE_SHARE = 0.5;
    /**
     * A name (person, place, organisation, product, work) tells one story from another better than a common noun
     * as rare.
     */
    private static final double NAME_BOOST = 1.5;
    /**
     * Two words written together are rarer than either, so an IDF of the pair overrates it: as a string it is
     * unknown to the dictionary, as a term it is hardly rarer than its rarer part.
     */
    private static final double COMPOUND_SHARE = 0.8;
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』,,。、\\s]{2,12})[”\"」』]");
    /** Book-title marks enclose the name of a work (book, film, show, game), however HanLP cuts it; longer is an article title. */
    private static final Pattern WORK = Pattern.compile("《([^《》\\n]{2,10})》");
    private static final Pattern ADMIN_SUFFIX = Pattern.compile("^(\\p{IsHan}{2,})(区|县|市|省)$");
    private static final String NUMERAL = "一二三四五六七八九十两几百千万";
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^[区市县省镇](\\p{IsHan}{3,})$");
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
    public Extraction extract(String title, List<Token> segmentedTitle, String body, List<Token> segmentedBody) {
        List<Token> titleTokens = WholeNames.join(ModelNames.join(WordBreaks.restore(segmentedTitle, title)));
        List<Token> bodyTokens = WholeNames.join(ModelNames.join(WordBreaks.restore(segmentedBody, body)));
        Map<String, Double> scores = new HashMap<>();
        Set<String> names = new HashSet<>();
        count(bodyTokens, 1.0, scores, names);
        count(titleTokens, TITLE_BOOST, scores, names);
        Set<String> nouns = new HashSet<>(scores.keySet());
        countQuotedPhrases(title, body, scores, names);
        countWorks(title, body, scores, names);
        Set<String> compounds = new Compounds(this::isCandidate, this::merge, TITLE_BOOST)
                .count(titleTokens, bodyTokens, scores);
        mergeIntoNames(titleTokens, bodyTokens, scores);
        Set<String> named = new HashSet<>(scores.keySet());
        Map<String, Double> predicates = new HashMap<>();
        countPredicates(bodyTokens, 1.0, predicates);
        countPredicates(titleTokens, TITLE_BOOST, predicates);
        predicates.forEach((term, tf) -> scores.merge(term, tf, Double::sum));
        Map<String, Double> weighted = new LinkedHashMap<>();
        scores.forEach((term, tf) -> weighted.put(term, Math.log1p(tf) * idf(term)
                * (names.contains(term) ? NAME_BOOST
                        : nouns.contains(term) ? 1
                        : compounds.contains(term) ? COMPOUND_SHARE
                        : named.contains(term) ? 1 : PREDICATE_SHARE)));
        double max = weighted.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Keyword> keywords = weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Keyword(e.getKey(), Math.round(e.getValue() / max * 1000) / 1000.0))
                .toList();
        return new Extraction(keywords, scores.keySet());
    }

    /** Nouns; a verbal noun (发展, 合作) is counted with the verbs it behaves like. */
    private void count(List<Token> tokens, double weight, Map<String, Double> scores, Set<String> names) {
        for (Token token : tokens) {
            if (token.isNoun() && !token.isVerbalNoun() && isWord(token)) {
                String term = token.isOrganisation() ? withoutLevel(token.word()) : merge(token.word());
                if (isCandidate(term)) {
                    scores.merge(term, weight, Double::sum);
                    if (token.isName()) {
                        names.add(term);
                    }
                }
            }
        }
    }

    /** Verbs and adjectives (空运, 上市) fill the list where a short text names few things. */
    private void countPredicates(List<Token> tokens, double weight, Map<String, Double> scores) {
        for (Token token : tokens) {
            if ((token.isPredicate() || token.isVerbalNoun()) && isWord(token) && isCandidate(token.word())) {
                scores.merge(token.word(), weight, Double::sum);
            }
        }
    }

    /**
     * A phrase quoted at least twice (“虹桥友谊联盟”) is a name the article is about, even if HanLP splits it; in
     * the title it weighs as much as title words do.
     */
    private void countQuotedPhrases(String title, String body, Map<String, Double> scores, Set<String> names) {
        String text = title + "\n" + body;
        Map<String, Integer> quoted = new HashMap<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            quoted.merge(matcher.group(1), 1, Integer::sum);
        }
        quoted.forEach((phrase, count) -> {
            if (count >= 2) {
                countWhole(phrase, title, body, scores, names);
            }
        });
    }

    /** The name of a work is written in book-title marks once and is a name from then on. */
    private void countWorks(String title, String body, Map<String, Double> scores, Set<String> names) {
        Set<String> works = new HashSet<>();
        Matcher matcher = WORK.matcher(title + "\n" + body);
        while (matcher.find()) {
            works.add(matcher.group(1).strip());
        }
        works.forEach(work -> countWhole(work, title, body, scores, names));
    }

    private void countWhole(String phrase, String title, String body, Map<String, Double> scores,
            Set<String> names) {
        if (!isCandidate(phrase)) {
            return;
        }
        names.add(phrase);
        double occurrences = occurrences(body, phrase) + TITLE_BOOST * occurrences(title, phrase);
        scores.merge(phrase, occurrences, Math::max);
        // Its parts were counted inside it already: 联动 in “六外联动” is the phrase, not a keyword.
        for (Token part : segmenter.tokens(phrase)) {
            String term = merge(part.word());
            if (!term.equals(phrase)) {
                scores.computeIfPresent(term, (t, score) -> score - occurrences > 0 ? score - occurrences : null);
            }
        }
    }

    /**
     * A part of a person's name counted on its own (志玲 after 林志玲) is that person: its count goes to the whole
     * name, so that the keyword is the name as first written.
     */
    private static void mergeIntoNames(List<Token> titleTokens, List<Token> bodyTokens, Map<String, Double> scores) {
        Set<String> names = new HashSet<>();
        for (List<Token> tokens : List.of(titleTokens, bodyTokens)) {
            tokens.stream().filter(Token::isPerson).map(Token::word)
                    .filter(w -> w.length() >= 3 && scores.containsKey(w)).forEach(names::add);
        }
        for (String part : List.copyOf(scores.keySet())) {
            names.stream().filter(name -> name.length() > part.length() && name.contains(part)).findFirst()
                    .ifPresent(name -> scores.merge(name, scores.remove(part), Double::sum));
        }
    }

    /**
     * A token neither dictionary knows and no recognizer claimed is a leftover between two words (韬戛 from
     * 黄子韬戛纳), not a word.
     */
    private static boolean isWord(Token token) {
        String word = token.word();
        boolean recognized = token.isPerson() || token.isPlace() || token.isOrganisation();
        if (recognized && NUMERAL.indexOf(word.charAt(0)) >= 0 && !CoreDictionary.contains(word)) {
            return false; // 三所学校, 六点: a count or an hour the recognizers took for a name
        }
        return token.isPerson() || token.isPlace() || token.isOrganisation() || word.length() < 2
                || !word.chars().allMatch(Character::isIdeographic)
                || CoreDictionary.contains(word) || CustomDictionary.contains(word);
    }

    private static int occurrences(String text, String phrase) {
        return text.split(Pattern.quote(phrase), -1).length - 1;
    }

    private String merge(String word) {
        Matcher matcher = ADMIN_SUFFIX.matcher(word);
        return matcher.matches() && !stopwords.contains(matcher.group(1)) ? matcher.group(1) : word;
    }

    /** 区外事办 is "the district's 外事办": the office is the term, the lone level character a pronoun for 长宁区. */
    private static String withoutLevel(String organisation) {
        Matcher matcher = LEVEL_PREFIX.matcher(organisation);
        return matcher.matches() ? matcher.group(1) : organisation;
    }

    /** An HTML entity left in scraped text (&amp;nbsp) is markup, not a word. */
    private boolean isCandidate(String term) {
        return term.codePointCount(0, term.length()) >= 2 && !stopwords.contains(term) && term.indexOf('&') < 0
                && !stopwords.contains(term.toLowerCase(Locale.ROOT))
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
