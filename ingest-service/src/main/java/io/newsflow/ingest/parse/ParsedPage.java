package io.newsflow.ingest.parse;

import io.newsflow.model.ParseWarning;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One parsed article. Strings are never null and lists are immutable, so callers need no null checks. */
public record ParsedPage(String title, Instant publishedAt, String source, String author,
        String editor, List<String> breadcrumb, List<String> paragraphs,
        List<String> sourceKeywords, String language, List<ParseWarning> warnings) {

    /** A page with no warnings. */
    public ParsedPage(String title, Instant publishedAt, String source, String author, String editor,
            List<String> breadcrumb, List<String> paragraphs, List<String> sourceKeywords, String language) {
        this(title, publishedAt, source, author, editor, breadcrumb, paragraphs, sourceKeywords, language, List.of());
    }

    public ParsedPage {
        title = Objects.requireNonNullElse(title, "");
        source = Objects.requireNonNullElse(source, "");
        author = Objects.requireNonNullElse(author, "");
        editor = Objects.requireNonNullElse(editor, "");
        language = Objects.requireNonNullElse(language, "zh-Hans");
        breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sourceKeywords = sourceKeywords == null ? List.of() : List.copyOf(sourceKeywords);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
