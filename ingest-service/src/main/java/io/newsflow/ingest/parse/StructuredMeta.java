package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * What a page states in machine-readable form: JSON-LD NewsArticle/Article, OpenGraph, &lt;meta&gt; tags and
 * microdata. Strings are "" and the date null when the page does not say.
 */
record StructuredMeta(String headline, Instant publishedAt, String author, String source, String siteName) {

    static final StructuredMeta NONE = new StructuredMeta("", null, "", "", "");

    StructuredMeta {
        headline = Objects.requireNonNullElse(headline, "");
        author = Objects.requireNonNullElse(author, "");
        source = Objects.requireNonNullElse(source, "");
        siteName = Objects.requireNonNullElse(siteName, "");
    }
}
