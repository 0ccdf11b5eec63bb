package io.newsflow.ingest.article;

import io.newsflow.model.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An article as a client or the page parser hands it in, before identity and versioning. */
public record ArticleSubmission(String url, String title, String bodyText, String bodyHtml, Instant publishedAt,
        String source, String author, List<String> breadcrumb, String language, Origin origin,
        List<String> sourceKeywords) {

    public ArticleSubmission {
        breadcrumb = cleaned(breadcrumb);
        sourceKeywords = cleaned(sourceKeywords);
        source = source == null ? "" : source.strip();
        author = author == null ? "" : author.strip();
        title = title == null ? "" : title.strip();
        bodyText = bodyText == null ? "" : bodyText.strip();
    }

    /** Drops null and blank entries, which clients send more often than one would think. */
    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
