package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.publish.Articles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFeedRendererTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonFeedRenderer renderer = new JsonFeedRenderer(json);

    @Test
    void rendersTheSameItemsAlikeWhetherSerialisedNowOrKeptFromAnEarlierRender() {
        FeedEntry first = entry("a1", "第一篇", Instant.parse("2026-11-01T08:00:00Z"));
        FeedEntry second = entry("a2", "第二篇", Instant.parse("2026-11-01T08:05:00Z"));

        byte[] once = renderer.render(view(first));
        byte[] again = renderer.render(view(second, first));

        JsonNode items = json.readTree(again).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("title").asString()).isEqualTo("第二篇");
        assertThat(items.get(1)).isEqualTo(json.readTree(once).path("items").get(0));
        assertThat(json.readTree(new JsonFeedRenderer(json).render(view(second, first)))).isEqualTo(json.readTree(again));
    }

    @Test
    void aNewEnrichmentOfAnArticleIsSerialisedAgain() {
        FeedEntry before = entry("b1", "旧标题", Instant.parse("2026-11-01T08:00:00Z"));
        renderer.render(view(before));
        FeedEntry after = entry("b1", "新标题", Instant.parse("2026-11-01T08:00:01Z"));

        JsonNode item = json.readTree(renderer.render(view(after))).path("items").get(0);

        assertThat(item.path("title").asString()).isEqualTo("新标题");
        assertThat(item.path("date_modified").asString()).isEqualTo("2026-11-01T08:00:01Z");
    }

    @Test
    void keepsBriefAndFullItemsApart() {
        FeedEntry full = FeedEntry.of(Articles.enriched("c1", 1, "标题", Instant.parse("2026-11-01T08:00:00Z")),
                "http://x", null, false);
        FeedEntry brief = FeedEntry.of(Articles.enriched("c1", 1, "标题", Instant.parse("2026-11-01T08:00:00Z")),
                "http://x", null, true);

        renderer.render(view(full));
        JsonNode item = json.readTree(renderer.render(view(brief))).path("items").get(0);

        assertThat(item.has("content_html")).isFalse();
        assertThat(json.readTree(renderer.render(view(full))).path("items").get(0).has("content_html")).isTrue();
    }

    private static FeedEntry entry(String id, String title, Instant enrichedAt) {
        FeedEntry entry = FeedEntry.of(Articles.enriched(id, 1, title, Instant.parse("2026-11-01T07:00:00Z")),
                "http://x", null, false);
        return new FeedEntry(entry.id(), entry.url(), entry.externalUrl(), title, entry.summary(), entry.contentHtml(),
                entry.contentText(), entry.published(), enrichedAt, entry.author(), entry.source(), entry.categories(),
                entry.keywords(), entry.places(), entry.language(), entry.version(), entry.entities(), entry.related());
    }

    private static FeedView view(FeedEntry... entries) {
        return new FeedView("最近更新", "http://x/", "http://x/feeds/latest.json", "http://x/hub", null, "zh-Hans",
                Instant.parse("2026-11-01T08:05:00Z"), List.of(entries));
    }
}
