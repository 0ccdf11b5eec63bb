package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.publish.PublishProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Category paths and weighted keywords travel in the
 * {@code _newsflow} extension object; {@code tags} carries the keyword terms for generic readers.
 */
@Component
class JsonFeedRenderer {

    private final JsonMapper json;
    private final String baseUrl;

    JsonFeedRenderer(JsonMapper json, PublishProperties properties) {
        this.json = json;
        this.baseUrl = properties.publicBaseUrl();
    }

    byte[] render(String title, String path, List<ArticleEnriched> articles) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title);
        feed.put("home_page_url", baseUrl + "/");
        feed.put("feed_url", baseUrl + path);
        feed.put("language", "zh-Hans");
        feed.put("items", articles.stream().map(this::item).toList());
        return json.writeValueAsBytes(feed);
    }

    private Map<String, Object> item(ArticleEnriched enriched) {
        var article = enriched.article();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", article.id());
        item.put("url", baseUrl + "/articles/" + article.id());
        if (article.canonicalUrl() != null) {
            item.put("external_url", article.canonicalUrl());
        }
        item.put("title", article.title());
        item.put("summary", enriched.summary());
        item.put("content_html", Jsoup.clean(article.body().html(), Safelist.basic()));
        item.put("content_text", article.body().text());
        item.put("date_published", iso(FeedCache.sortTime(enriched)));
        item.put("date_modified", iso(enriched.enrichedAt()));
        if (!article.author().isBlank()) {
            item.put("authors", List.of(Map.of("name", article.author())));
        }
        item.put("tags", enriched.keywords().stream().map(Keyword::term).toList());
        if (article.language() != null) {
            item.put("language", article.language());
        }
        item.put("_newsflow", extension(enriched));
        return item;
    }

    private static Map<String, Object> extension(ArticleEnriched enriched) {
        Map<String, Object> extension = new LinkedHashMap<>();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category category : enriched.categories()) {
            categories.add(Map.of("code", category.code(), "path", category.path(),
                    "label", String.join(" > ", category.path()), "assigned_by", category.assignedBy().name()));
        }
        extension.put("categories", categories);
        extension.put("keywords", enriched.keywords());
        extension.put("source", enriched.article().source());
        extension.put("breadcrumb", enriched.article().breadcrumb());
        extension.put("version", enriched.article().version());
        return extension;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
