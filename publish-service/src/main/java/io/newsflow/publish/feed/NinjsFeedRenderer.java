package io.newsflow.publish.feed;

import io.newsflow.publish.json.JsonObject;
import io.newsflow.publish.ninjs.NinjsItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed of NINJS 3.1 items. NINJS defines one news item and no list of them, so the items travel in an envelope
 * shaped like the JSON Feed one, paged the same way:
 * <pre>
 * {"title": "最近更新", "home_page_url": "...", "feed_url": "...", "next_url": "..." (absent on the last page),
 *  "hubs": [{"type": "WebSub", "url": "..."}], "language": "zh-Hans",
 *  "standard": {"name": "ninjs", "version": "3.1", "schema": "..."},
 *  "items": [ NINJS item, ... ]}
 * </pre>
 * Each element of {@code items} is a complete NINJS item on its own. The feed is a WebSub topic like the others:
 * the hub distributes its new items in the same envelope.
 */
@Component
class NinjsFeedRenderer {

    private final JsonMapper json;

    NinjsFeedRenderer(JsonMapper json) {
        this.json = json;
    }

    byte[] render(FeedView view) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", view.title());
        feed.put("home_page_url", view.homeUrl());
        feed.put("feed_url", view.selfUrl());
        if (view.nextUrl() != null) {
            feed.put("next_url", view.nextUrl());
        }
        feed.put("hubs", List.of(JsonObject.of("type", "WebSub", "url", view.hubUrl())));
        feed.put("language", view.language());
        feed.put("standard", NinjsItem.standard());
        feed.put("items", view.entries().stream().map(e -> NinjsItem.of(content(e))).toList());
        return json.writeValueAsBytes(feed);
    }

    static NinjsItem.Content content(FeedEntry e) {
        return new NinjsItem.Content(e.id(), e.url(), e.externalUrl(), e.title(), e.summary(), e.contentHtml(),
                e.contentText(), e.published(), e.modified(), e.author(), e.source(), e.categories(), e.keywords(),
                e.places(), e.entities(), e.related(), e.language(), e.version());
    }
}
