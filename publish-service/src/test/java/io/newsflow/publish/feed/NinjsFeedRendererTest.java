package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Body;
import io.newsflow.model.Category;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import io.newsflow.model.Localized;
import io.newsflow.model.Origin;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Recommendation;
import io.newsflow.publish.NinjsSchema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class NinjsFeedRendererTest {

    private final NinjsFeedRenderer renderer = new NinjsFeedRenderer(EventCodec.mapper());

    @Test
    void rendersChineseArticlesAsValidNinjsWithSanitizedHtmlAndNoEmptyByline() {
        JsonNode feed = render(entry(null, false), "zh-Hans");
        JsonNode item = feed.get("items").get(0);

        NinjsSchema.assertValid(item);
        assertThat(item.get("uri").asString()).isEqualTo("urn:newsflow:article:sx-1");
        assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("上海女子半程马拉松开跑");
        JsonNode html = item.get("bodies").get(0);
        assertThat(html.get("contentType").asString()).isEqualTo("text/html");
        assertThat(html.get("value").asString()).isEqualTo("<p>两万名选手</p>\n<p>从外滩出发</p>")
                .doesNotContain("script").doesNotContain("onclick");
        assertThat(item.get("bodies").get(1).get("value").asString()).isEqualTo("两万名选手从外滩出发。");
        assertThat(item.has("by")).isFalse();
        assertThat(item.get("descriptions").get(0).get("value").asString()).isEqualTo("马拉松摘要。");
        assertThat(item.get("located").asString()).isEqualTo("上海");
        assertThat(item.get("copyrightHolder").asString()).isEqualTo("新民晚报");
        assertThat(item.get("language").asString()).isEqualTo("zh-Hans");
        assertThat(item.get("people").get(0).get("name").asString()).isEqualTo("张三");
        assertThat(item.get("subjects").toString())
                .contains("\"uri\":\"http://cv.iptc.org/newscodes/mediatopic/15000000\"")
                .contains("\"literal\":\"sport\"").contains("\"name\":\"马拉松\",\"rel\":\"keyword\"");
        JsonNode related = item.get("associations").get(0);
        assertThat(related.get("rel").asString()).isEqualTo("related");
        assertThat(related.get("uri").asString()).isEqualTo("urn:newsflow:article:sx-2");
        assertThat(feed.get("standard").get("version").asString()).isEqualTo("3.1");
        assertThat(feed.has("next_url")).isFalse();
    }

    @Test
    void rendersTheTraditionalFeedAndTheBriefModeAsValidNinjs() {
        JsonNode item = render(entry(new Traditional(), true), "zh-Hant").get("items").get(0);

        NinjsSchema.assertValid(item);
        assertThat(item.get("language").asString()).isEqualTo("zh-Hant");
        assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("上海女子半程馬拉松開跑");
        assertThat(item.get("associations").get(0).get("name").asString()).startsWith("馬拉松賽道");
        assertThat(item.has("bodies")).isFalse();
        assertThat(item.get("representationType").asString()).isEqualTo("partial");
    }

    @Test
    void theSchemaCheckRefusesWhatIsNotNinjs() {
        ObjectNode item = (ObjectNode) render(entry(null, false), "zh-Hans").get("items").get(0);
        item.put("body_html", "<p>1.x field</p>");
        item.put("versionCreated", "yesterday");

        assertThat(NinjsSchema.errors(item)).hasSizeGreaterThanOrEqualTo(2);
    }

    private JsonNode render(FeedEntry entry, String language) {
        FeedView view = new FeedView("最近更新", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/feeds/latest.ninjs",
                "http://127.0.0.1:8080/hub", null, language, Instant.now(), List.of(entry));
        return EventCodec.mapper().readTree(renderer.render(view));
    }

    private static FeedEntry entry(Traditional traditional, boolean brief) {
        ArticleIngested article = new ArticleIngested("sx-1", "https://news.example.cn/sports/1.html",
                "https://news.example.cn/sports/1.html", "上海女子半程马拉松开跑",
                new Body("两万名选手从外滩出发。",
                        "<p onclick=\"x()\">两万名选手</p><script>alert(1)</script><p>从外滩出发</p>"),
                Instant.parse("2026-03-02T01:15:00Z"), "新民晚报", "", List.of("体育"), "zh-Hans", "0".repeat(64), 1,
                Instant.parse("2026-03-02T01:16:00Z"), Origin.PAGE, List.of());
        ArticleEnriched enriched = new ArticleEnriched(article,
                List.of(new Category("sport", List.of("体育"), "体育", 0.92, Category.AssignedBy.URL)),
                List.of(new Keyword("马拉松", 2.5), new Keyword("外滩", 1.0)),
                List.of(new Entity("张三", Entity.Type.PERSON, 2)), "马拉松摘要。", "0123456789abcdef", null,
                List.of(new Recommendation("sx-2", "马拉松赛道公布", 0.7, List.of("马拉松"))), "m",
                Instant.parse("2026-03-02T01:16:01Z"), List.of("上海"), new Localized(null, null), List.of(),
                new ArticleTopic("sport", "体育"), 0.92, ArticleTopic.AssignedBy.URL);
        return FeedEntry.of(enriched, "http://127.0.0.1:8080", traditional, brief);
    }
}
