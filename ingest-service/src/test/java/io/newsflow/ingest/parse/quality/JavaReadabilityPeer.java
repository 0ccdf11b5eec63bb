package io.newsflow.ingest.parse.quality;

import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * A peer page reader for the page-quality benchmark: Readability4J, the Kotlin port of Mozilla Readability, on the
 * same decoded page as our parser. It parses with the project's jsoup (1.21), newer than the 1.11 it was built
 * against; every jsoup method it calls is still there.
 */
public final class JavaReadabilityPeer {

    private static final String FALLBACK_URL = "http://localhost/";
    // JavaScript's \s, so that text collapses the same way as in bench/quality/readability.mjs.
    private static final Pattern WHITESPACE = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

    /** What the port found; any part may be null. The port reads no publish time, so that one always is. */
    public record Result(String title, String byline, String publishedTime, String text) {

        static final Result EMPTY = new Result(null, null, null, null);
    }

    private JavaReadabilityPeer() {
    }

    /**
     * @param html the page, already decoded
     * @param url where the page came from, for relative links; null or blank when unknown
     * @return the article, or {@link Result#EMPTY} when the port finds none or fails on the page
     */
    public static Result read(String html, String url) {
        if (html == null) {
            return Result.EMPTY;
        }
        try {
            Article article = new Readability4J(url == null || url.isBlank() ? FALLBACK_URL : url, html).parse();
            return new Result(blankToNull(article.getTitle()), blankToNull(article.getByline()), null,
                    blankToNull(collapse(article.getTextContent())));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // A peer that fails on a page scores nothing on it; the benchmark goes on with the next page.
            return Result.EMPTY;
        }
    }

    private static String collapse(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
