package io.newsflow.ingest.parse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a page states in machine-readable form: JSON-LD NewsArticle/Article, OpenGraph, &lt;meta&gt; tags and
 * microdata. Strings are "" and the date null when the page does not say.
 *
 * @param publishedHasTime whether publishedAt carries a time of day, not just the day
 * @param zone             the zone the page's machine-readable date was written in, or null when it names none
 */
record StructuredMeta(String headline, Instant publishedAt, String author, String source, String siteName,
        boolean publishedHasTime, ZoneId zone) {

    static final StructuredMeta NONE = new StructuredMeta("", null, "", "", "", false, null);

    StructuredMeta {
        headline = Objects.requireNonNullElse(headline, "");
        author = Objects.requireNonNullElse(author, "");
        source = Objects.requireNonNullElse(source, "");
        siteName = Objects.requireNonNullElse(siteName, "");
    }
}
