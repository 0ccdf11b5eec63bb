package io.newsflow.publish.web;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleTimes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The list fragment shared by widgets and the article page. Every class starts with {@code newsflow-} so partner
 * stylesheets can restyle it without clashing with their own.
 */
@Component
class WidgetRenderer {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM-dd").withZone(SHANGHAI);

    String fragment(String kind, String title, List<ArticleEnriched> articles, String baseUrl, String lang,
            UnaryOperator<String> localize) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"newsflow-widget newsflow-").append(kind).append("\" lang=\"").append(lang)
                .append("\">\n  <h3 class=\"newsflow-title\">").append(Html.text(localize.apply(title)))
                .append("</h3>\n  <ul class=\"newsflow-list\">\n");
        for (ArticleEnriched article : articles) {
            var time = ArticleTimes.sortTime(article);
            html.append("    <li class=\"newsflow-item\"><a class=\"newsflow-link\" href=\"")
                    .append(Html.attribute(baseUrl + "/articles/" + article.id())).append("\">")
                    .append(Html.text(localize.apply(article.article().title()))).append("</a> <time class=\"newsflow-time\" datetime=\"")
                    .append(time).append("\">").append(SHORT_DATE.format(time)).append("</time></li>\n");
        }
        if (articles.isEmpty()) {
            html.append("    <li class=\"newsflow-empty\">").append(Html.text(localize.apply("暂无内容"))).append("</li>\n");
        }
        return html.append("  </ul>\n</div>\n").toString();
    }
}
