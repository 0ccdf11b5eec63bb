package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Words too generic to describe any article: HanLP's general stopword list (function words) plus
 * {@code nlp/stopwords.txt}, words that every kind of news uses (reporting verbs, time words, credit and page
 * filler, vague nouns), whitespace-separated.
 */
final class Stopwords {

    private final Set<String> news;

    private Stopwords(Set<String> news) {
        this.news = news;
    }

    static Stopwords load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream("/nlp/stopwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.split("\\s+")))
                    .filter(w -> !w.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stopwords(Set.copyOf(words));
    }

    boolean contains(String word) {
        return news.contains(word) || CoreStopWordDictionary.contains(word);
    }
}
