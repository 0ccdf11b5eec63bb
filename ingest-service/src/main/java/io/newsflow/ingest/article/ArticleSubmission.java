package io.newsflow.ingest.article;

import io.newsflow.model.Origin;
import java.time.Instant;
import java.util.List;

/** An article as a client or the page parser hands it in, before identity and versioning. */
public record ArticleSubmission(String url, String title, String bodyText, String bodyHtml, Instant publishedAt,
        String source, String author, List<String> breadcrumb, String language, Origin origin,
        List<String> sourceKeywords) {

    public ArticleSubmission {
        breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
        sourceKeywords = sourceKeywords == null ? List.of() : List.copyOf(sourceKeywords);
        source = source == null ? "" : source.strip();
        author = author == null ? "" : author.strip();
        title = title == null ? "" : title.strip();
        bodyText = bodyText == null ? "" : bodyText.strip();
    }
}
