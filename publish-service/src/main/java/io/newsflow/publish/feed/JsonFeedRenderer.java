package io.newsflow.publish.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsflow.model.Category;
import io.newsflow.publish.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Category paths and weighted keywords travel in the
 * {@code _newsflow} extension object; {@code tags} carries the keyword terms for generic readers. A feed is
 * rendered again whenever an article arrives, but its items mostly are not new: each item is serialised once per
 * enrichment and language and mode, and kept (bounded by size) for the next renders of every feed that lists it.
 */
@Component
class JsonFeedRenderer {

    /** Serialised items kept, in bytes (the text and its UTF-8 form): some thousand full items, more brief ones. */
    private static final long MAX_ITEM_BYTES = 32L << 20;

    private final JsonMapper json;
    private final Cache<String, RawValue> items = Caffeine.newBuilder().maximumWeight(MAX_ITEM_BYTES)
            .weigher((String key, RawValue item) -> key.length() + weight(item)).build();

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
        feed.put("items", view.entries().stream().map(this::serialised).toList());
        return json.writeValueAsBytes(feed);
    }

    /**
     * The item as JSON, from the cache when this enrichment of the article was rendered in this language and mode
     * before: an entry is a function of those (a new enrichment has a later {@code date_modified}).
     */
    private RawValue serialised(FeedEntry entry) {
        String key = entry.url() + '|' + entry.version() + '|' + entry.modified() + '|' + entry.language() + '|'
                + (entry.contentHtml() != null);
        return items.get(key, k -> new RawValue(new SerializedString(json.writeValueAsString(item(entry)))));
    }

    private static int weight(RawValue item) {
        return ((SerializableString) item.rawValue()).getValue().length() * 3;
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
