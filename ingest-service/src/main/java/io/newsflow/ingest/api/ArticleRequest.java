package io.newsflow.ingest.api;

import java.time.Instant;
import java.util.List;

/** JSON body of {@code POST /api/articles}. {@code body} is plain text; {@code bodyHtml} is sanitized. */
record ArticleRequest(String url, String title, String body, String bodyHtml, Instant publishedAt, String source,
        String author, List<String> breadcrumb, String language, List<String> keywords) {
}
