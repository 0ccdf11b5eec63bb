package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.article.ArticleSubmission;
import java.time.Instant;

/**
 * A web page a feed or sitemap points at.
 *
 * @param key what the source calls the entry (guid, link, loc); remembered as seen once handled
 * @param fingerprint the entry's version (its date), so that a changed entry is fetched again
 * @param date used when the page shows none; may be null
 * @param sourceName used when the page names no source (the feed's title); may be blank
 * @param fallback the entry's own text, ingested when the page cannot be; null when the entry has none
 */
record PageEntry(String key, String fingerprint, String url, Instant date, String sourceName,
        ArticleSubmission fallback) {
}
