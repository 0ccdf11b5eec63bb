package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An article as it was accepted by ingest: parsed, deduplicated and versioned.
 *
 * @param id stable across re-ingest of the same canonical URL (or title + source + publish time)
 * @param version starts at 1; a changed body at the same id is the next version
 * @param contentHash SHA-256 over the normalized title and body text
 * @param parseWarnings fields the page reader could not find; left out of the JSON when there are none, so
 *        events without warnings read exactly as they did before the field existed
 */
public record ArticleIngested(
        String id,
        String url,
        String canonicalUrl,
        String title,
        Body body,
        Instant publishedAt,
        String source,
        String author,
        List<String> breadcrumb,
        String language,
        String contentHash,
        int version,
        Instant ingestedAt,
        Origin origin,
        List<String> sourceKeywords,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ParseWarning> parseWarnings) implements RawArticleEvent {

    /** An article without parse warnings, as API and feed submissions are. */
    public ArticleIngested(String id, String url, String canonicalUrl, String title, Body body, Instant publishedAt,
            String source, String author, List<String> breadcrumb, String language, String contentHash, int version,
            Instant ingestedAt, Origin origin, List<String> sourceKeywords) {
        this(id, url, canonicalUrl, title, body, publishedAt, source, author, breadcrumb, language, contentHash,
                version, ingestedAt, origin, sourceKeywords, List.of());
    }

    public ArticleIngested {
        breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
        sourceKeywords = sourceKeywords == null ? List.of() : List.copyOf(sourceKeywords);
        parseWarnings = parseWarnings == null ? List.of() : List.copyOf(parseWarnings);
        body = body == null ? new Body("", "") : body;
        source = source == null ? "" : source;
        author = author == null ? "" : author;
    }
}
