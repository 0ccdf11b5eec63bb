package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.model.Origin;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * JSON body of {@code POST /api/articles} and one line of {@code POST /api/articles:batch}. {@code body} is plain
 * text; {@code bodyHtml} is sanitized to a safe subset of HTML. Read strictly ({@code spring.jackson} fails on
 * unknown properties here, and so does the batch reader): a field it does not have is refused by name, so a
 * misspelt {@code tittle} is not silently an article without a title.
 */
record ArticleRequest(String url, String title, String body, String bodyHtml, Instant publishedAt, String source,
        String author, List<String> breadcrumb, String language, List<String> keywords) {

    /**
     * @throws InvalidArticleException when the title or both bodies are missing
     */
    ArticleSubmission toSubmission() {
        if (isBlank(title)) {
            throw new InvalidArticleException("The article needs a non-empty 'title'.");
        }
        String html = isBlank(bodyHtml) ? "" : Jsoup.clean(bodyHtml, Safelist.basic());
        String text = !isBlank(body) ? body : Jsoup.parse(html).wholeText();
        if (isBlank(text)) {
            throw new InvalidArticleException("The article needs a non-empty 'body' (plain text) or 'bodyHtml'.");
        }
        return new ArticleSubmission(url, title, text, html, publishedAt, source, author, breadcrumb,
                language == null ? "zh-Hans" : language, Origin.API, keywords);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
