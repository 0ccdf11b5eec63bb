package io.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * An article as it was accepted by ingest: parsed, deduplicated and versioned.
 *
 * @param id stable across re-ingest of the same canonical URL (or title + source + publish time)
 * @param version starts at 1; a changed body at the same id is the next version
 * @param contentHash SHA-256 over the normalized title and body text
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
        List<String> sourceKeywords) implements RawArticleEvent {

    public ArticleIngested {
        breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
        sourceKeywords = sourceKeywords == null ? List.of() : List.copyOf(sourceKeywords);
        body = body == null ? new Body("", "") : body;
        source = source == null ? "" : source;
        author = author == null ? "" : author;
    }
}
