package io.newsflow.ingest.article;

import io.newsflow.ingest.parse.ParsedPage;
import io.newsflow.model.Origin;
import io.newsflow.model.ParseWarning;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as a client or the page parser hands it in, before identity and versioning.
 *
 * @param parseWarnings fields the page reader could not find; none for articles that came as JSON
 */
public record ArticleSubmission(String url, String title, String bodyText, String bodyHtml, Instant publishedAt,
        String source, String author, List<String> breadcrumb, String language, Origin origin,
        List<String> sourceKeywords, List<ParseWarning> parseWarnings) {

    /** An article without parse warnings: one sent as JSON or read from a feed entry. */
    public ArticleSubmission(String url, String title, String bodyText, String bodyHtml, Instant publishedAt,
            String source, String author, List<String> breadcrumb, String language, Origin origin,
            List<String> sourceKeywords) {
        this(url, title, bodyText, bodyHtml, publishedAt, source, author, breadcrumb, language, origin,
                sourceKeywords, List.of());
    }

    public ArticleSubmission {
        breadcrumb = cleaned(breadcrumb);
        sourceKeywords = cleaned(sourceKeywords);
        source = source == null ? "" : source.strip();
        author = author == null ? "" : author.strip();
        title = title == null ? "" : title.strip();
        bodyText = bodyText == null ? "" : bodyText.strip();
        parseWarnings = parseWarnings == null ? List.of() : List.copyOf(parseWarnings);
    }

    /** A parsed page with the warnings its reader raised. */
    public static ArticleSubmission ofPage(ParsedPage page, String url, Origin origin) {
        return new ArticleSubmission(url, page.title(), page.bodyText(), page.bodyHtml(), page.publishedAt(),
                page.source(), page.author(), page.breadcrumb(), page.language(), origin, page.sourceKeywords(),
                page.warnings());
    }

    /**
     * Fills a publish time or source the page lacked from what its listing said (a feed entry's date, the feed's
     * title), and drops the warnings for the fields so filled: the article no longer lacks them.
     */
    public ArticleSubmission orElse(Instant listedAt, String listedSource) {
        boolean date = publishedAt == null && listedAt != null;
        boolean named = source.isEmpty() && listedSource != null && !listedSource.isBlank();
        List<ParseWarning> left = parseWarnings.stream()
                .filter(w -> !(date && w.field().equals("publishedAt")) && !(named && w.field().equals("source")))
                .toList();
        return new ArticleSubmission(url, title, bodyText, bodyHtml, date ? listedAt : publishedAt,
                named ? listedSource : source, author, breadcrumb, language, origin, sourceKeywords, left);
    }

    /** Drops null and blank entries, which clients send more often than one would think. */
    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
