package io.newsflow.publish.feed;

import io.newsflow.model.Category;
import io.newsflow.publish.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Category paths and weighted keywords travel in the
 * {@code _newsflow} extension object; {@code tags} carries the keyword terms for generic readers.
 */
@Component
class JsonFeedRenderer {

    private final JsonMapper json;

    JsonFeedRenderer(JsonMapper json) {
        this.json = json;
    }

    byte[] render(FeedView view) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", view.title());
        feed.put("home_page_url", view.homeUrl());
        feed.put("feed_url", view.selfUrl());
        feed.put("hubs", List.of(JsonObject.of("type", "WebSub", "url", view.hubUrl())));
        if (view.nextUrl() != null) {
            feed.put("next_url", view.nextUrl());
        }
        feed.put("language", view.language());
        feed.put("items", view.entries().stream().map(JsonFeedRenderer::item).toList());
        return json.writeValueAsBytes(feed);
    }

    private static Map<String, Object> item(FeedEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.id());
        item.put("url", entry.url());
        if (entry.externalUrl() != null) {
            item.put("external_url", entry.externalUrl());
        }
        item.put("title", entry.title());
        item.put("summary", entry.summary());
        if (entry.contentHtml() != null) {
            item.put("content_html", entry.contentHtml());
            item.put("content_text", entry.contentText());
        }
        item.put("date_published", entry.published().toString());
        item.put("date_modified", entry.modified().toString());
        if (!entry.author().isBlank()) {
            item.put("authors", List.of(JsonObject.of("name", entry.author())));
        }
        item.put("tags", entry.tags());
        if (entry.language() != null) {
            item.put("language", entry.language());
        }
        item.put("_newsflow", extension(entry));
        return item;
    }

    private static Map<String, Object> extension(FeedEntry entry) {
        Map<String, Object> extension = new LinkedHashMap<>();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category category : entry.categories()) {
            categories.add(JsonObject.of("code", category.code(), "path", category.path(),
                    "label", String.join(" > ", category.path()), "assigned_by", category.assignedBy().name()));
        }
        extension.put("categories", categories);
        extension.put("keywords", entry.keywords());
        extension.put("places", entry.places());
        extension.put("source", entry.source());
        extension.put("version", entry.version());
        return extension;
    }
}
