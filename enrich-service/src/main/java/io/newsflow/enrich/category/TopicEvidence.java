package io.newsflow.enrich.category;

import io.newsflow.enrich.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article's topic is judged by: its title and body as the segmenter read them (simplified characters), for
 * the word lists, and its content words with how often they occur, for what the classifier learns. A title word
 * counts {@link #TITLE_WEIGHT} times.
 */
public record TopicEvidence(String title, String body, Map<String, Double> words) {

    /** A headline says in a few words what the article is about; its words count this many times. */
    static final double TITLE_WEIGHT = 3.0;

    public TopicEvidence {
        words = Map.copyOf(words);
    }

    public static TopicEvidence of(List<Token> title, List<Token> body) {
        Map<String, Double> words = new HashMap<>();
        add(title, TITLE_WEIGHT, words);
        add(body, 1.0, words);
        return new TopicEvidence(text(title), text(body), words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static void add(List<Token> tokens, double weight, Map<String, Double> words) {
        for (Token token : tokens) {
            if (isContent(token)) {
                words.merge(token.word(), weight, Double::sum);
            }
        }
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.word()));
        return text.toString();
    }

    /** Nouns, verbs, adjectives and Latin words (AI, NBA, SUV); not numbers, punctuation or function words. */
    private static boolean isContent(Token token) {
        String pos = token.pos();
        char kind = pos.isEmpty() ? 'x' : pos.charAt(0);
        return (kind == 'n' || kind == 'v' || kind == 'a' || kind == 'g' || kind == 'i' || kind == 'l'
                || kind == 'j') && token.word().length() > 1 && token.word().codePoints().anyMatch(Character::isLetter);
    }
}
