package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Category;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.html.SafeHtml;
import io.newsflow.publish.ninjs.NinjsItem;
import java.time.Instant;
import java.util.List;

/**
 * One feed item, format-neutral, in the language the feed asked for. HTML content is sanitized here, once, so
 * no renderer can let a script through.
 */
record FeedEntry(String id, String url, String externalUrl, String title, String summary, String contentHtml,
        String contentText, Instant published, Instant modified, String author, String source,
        List<Category> categories, List<Keyword> keywords, List<String> places, String language, int version,
        List<Entity> entities, List<NinjsItem.Related> related) {

    static FeedEntry of(ArticleEnriched enriched, String baseUrl, Traditional traditional, boolean brief) {
        var article = enriched.article();
        boolean hant = traditional != null;
        String title = hant ? hantOr(enriched.zhHant() == null ? null : enriched.zhHant().title(), article.title(),
                traditional) : article.title();
        String summary = hant ? hantOr(enriched.zhHant() == null ? null : enriched.zhHant().summary(),
                enriched.summary(), traditional) : enriched.summary();
        String html = brief ? null : SafeHtml.basic(article.body().html().isBlank()
                ? paragraphs(article.body().text()) : article.body().html());
        String text = brief ? null : article.body().text();
        return new FeedEntry(article.id(), baseUrl + "/articles/" + article.id(), article.canonicalUrl(), title,
                summary, hant && html != null ? traditional.convert(html) : html,
                hant && text != null ? traditional.convert(text) : text, ArticleTimes.sortTime(enriched),
                enriched.enrichedAt(), article.author(), article.source(), enriched.categories(), enriched.keywords(),
                enriched.places(), hant ? "zh-Hant" : article.language(), article.version(), enriched.entities(),
                enriched.recommendations().stream().map(r -> new NinjsItem.Related(r.articleId(),
                        baseUrl + "/articles/" + r.articleId(), hant ? traditional.convert(r.title()) : r.title()))
                        .toList());
    }

    List<String> tags() {
        return keywords.stream().map(Keyword::term).toList();
    }

    private static String hantOr(String converted, String original, Traditional traditional) {
        return converted != null && !converted.isBlank() ? converted : traditional.convert(original);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return html.toString();
    }
}
