package io.newsflow.ingest.parse;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;

/**
 * Where Mozilla Readability (its Java port, Readability4J) finds the article text: one signal among the reader's
 * own, because on the dev set each is right on pages where the other is wrong. The port works on its own copy of
 * the document and never fails the page: on any error it finds nothing.
 */
final class ReadabilitySignal {

    private static final String FALLBACK_URL = "http://localhost/";

    private ReadabilitySignal() {
    }

    /** The article text as letters and digits only, lower-cased, or "" when the port finds none. */
    static String articleLetters(Document doc, String url) {
        try {
            Article article = new Readability4J(url == null || url.isBlank() ? FALLBACK_URL : url, doc.clone()).parse();
            return letters(article.getTextContent());
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    static String letters(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
