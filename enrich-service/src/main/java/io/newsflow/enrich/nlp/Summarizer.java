package io.newsflow.enrich.nlp;

import io.newsflow.model.Keyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Extractive summary: the three sentences that carry most keyword weight per character, in their original
 * order. Sentences end at 。！？；!?;, an English full stop or a line break, never at a comma.
 */
@Component
public class Summarizer {

    private static final int SENTENCES = 3;
    private static final int MIN_LENGTH = 8;
    private static final String END_MARKS = "。！？；!?;";

    public String summarize(String body, List<Keyword> keywords) {
        List<String> all = sentences(body);
        // Headings (a line without an end mark) make poor summary sentences unless there is nothing else.
        List<String> complete = all.stream().filter(Summarizer::endsSentence).toList();
        List<String> sentences = complete.size() >= SENTENCES ? complete : all;
        if (sentences.size() <= SENTENCES) {
            return String.join("", sentences);
        }
        double[] scores = sentences.stream().mapToDouble(s -> score(s, keywords)).toArray();
        return IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
                .limit(SENTENCES)
                .sorted()
                .map(sentences::get)
                .reduce("", String::concat);
    }

    static List<String> sentences(String body) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (!lineBreak) {
                current.append(c);
            }
            if (lineBreak || END_MARKS.indexOf(c) >= 0 || isEnglishFullStop(body, i)) {
                flush(current, sentences);
            }
        }
        flush(current, sentences);
        return sentences;
    }

    private static boolean endsSentence(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return END_MARKS.indexOf(last) >= 0 || last == '.';
    }

    /** An English full stop is followed by a space or the end; "3.5" and "U.S." inside a word are not one. */
    private static boolean isEnglishFullStop(String body, int i) {
        return body.charAt(i) == '.' && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }

    private static void flush(StringBuilder current, List<String> sentences) {
        String sentence = current.toString().strip();
        if (sentence.length() >= MIN_LENGTH) {
            sentences.add(sentence);
        }
        current.setLength(0);
    }

    private static double score(String sentence, List<Keyword> keywords) {
        double weight = 0;
        for (Keyword keyword : keywords) {
            if (sentence.contains(keyword.term())) {
                weight += keyword.weight();
            }
        }
        return weight / Math.sqrt(sentence.length());
    }
}
