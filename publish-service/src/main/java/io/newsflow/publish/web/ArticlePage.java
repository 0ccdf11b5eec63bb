package io.newsflow.publish.web;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Keyword;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.feed.ArticleLists;
import io.newsflow.publish.html.SafeHtml;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * An article as a portal page shows it: breadcrumb, title, the 时间 / 来源 / 作者 line, body, and what the
 * original page left empty — its 关键词 line and the 最近更新 and 推荐资讯 boxes.
 */
@Component
public class ArticlePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(WidgetRenderer.SHANGHAI);

    private final ArticleLists lists;
    private final WidgetRenderer widgets;
    private final String baseUrl;

    ArticlePage(ArticleLists lists, WidgetRenderer widgets, PublishProperties properties) {
        this.lists = lists;
        this.widgets = widgets;
        this.baseUrl = properties.publicBaseUrl();
    }

    public String render(ArticleEnriched enriched) {
        var article = enriched.article();
        List<String> crumbs = enriched.categories().isEmpty() ? article.breadcrumb()
                : enriched.categories().get(0).path();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(Html.text(article.title())).append("</title>\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"最近更新\" href=\"")
                .append(Html.attribute(baseUrl + "/feeds/latest.rss")).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/widgets/newsflow.css\">\n</head>\n<body>\n")
                .append("<nav class=\"newsflow-breadcrumb\">您当前的位置:<a href=\"/\">首页</a>");
        StringBuilder path = new StringBuilder();
        for (String crumb : crumbs) {
            path.append(path.length() == 0 ? "" : "/").append(crumb);
            html.append(" &gt; <a href=\"").append(Html.attribute("/feeds/categories/" + path + ".rss")).append("\">")
                    .append(Html.text(crumb)).append("</a>");
        }
        html.append(" &gt; <span>").append(Html.text(article.title())).append("</span></nav>\n<main class=\"newsflow-article\">\n")
                .append("<h1>").append(Html.text(article.title())).append("</h1>\n<div class=\"newsflow-meta\">时间:")
                .append(article.publishedAt() == null ? "" : TIME.format(article.publishedAt()))
                .append("  来源:").append(Html.text(article.source())).append("  作者:").append(Html.text(article.author()))
                .append("</div>\n<div class=\"newsflow-body\">").append(body(enriched)).append("</div>\n")
                .append("<div class=\"newsflow-keywords\">关键词:");
        for (Keyword keyword : enriched.keywords()) {
            html.append("<a href=\"").append(Html.attribute("/feeds/keywords/" + keyword.term() + ".rss")).append("\">")
                    .append(Html.text(keyword.term())).append("</a> ");
        }
        html.append("</div>\n</main>\n<aside class=\"newsflow-boxes\">\n")
                .append(widgets.fragment("latest", "最近更新", lists.latest(10, null), baseUrl, "zh-Hans", UnaryOperator.identity()))
                .append(widgets.fragment("recommended", "推荐资讯", lists.recommended(article.id(), 5).orElse(List.of()),
                        baseUrl, "zh-Hans", UnaryOperator.identity()))
                .append("</aside>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String body(ArticleEnriched enriched) {
        String html = enriched.article().body().html();
        if (!html.isBlank()) {
            return SafeHtml.basic(html);
        }
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : enriched.article().body().text().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.append("<p>").append(Html.text(paragraph.strip())).append("</p>");
            }
        }
        return paragraphs.toString();
    }
}
