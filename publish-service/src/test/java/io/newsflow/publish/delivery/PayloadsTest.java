package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Body;
import io.newsflow.model.Origin;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.NinjsSchema;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.subscription.PayloadFormat;
import tools.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    @Test
    void sanitizedPushKeepsTheTopicAndCleansTheMarkup() {
        ArticleIngested article = new ArticleIngested("a1", "https://news.example.cn/sports/1.html", null,
                "<b>球队夺冠</b>", new Body("球队夺冠。", "<p onclick=\"x()\">球队夺冠。</p><script>x()</script>"),
                Instant.parse("2026-03-02T01:15:00Z"), "滨江日报", "", List.of(), "zh-Hans", "0".repeat(64), 1,
                Instant.parse("2026-03-02T01:16:00Z"), Origin.PAGE, List.of());
        ArticleEnriched enriched = new ArticleEnriched(article, List.of(), List.of(), List.of(), "球队夺冠。", "0", null,
                List.of(), "m", Instant.parse("2026-03-02T01:16:01Z"), List.of(), null, List.of(),
                new ArticleTopic("sport", "体育"), 0.9, ArticleTopic.AssignedBy.URL);

        ArticleEnriched pushed = Payloads.sanitized(enriched);

        assertThat(pushed.topic()).isEqualTo(new ArticleTopic("sport", "体育"));
        assertThat(pushed.topicConfidence()).isEqualTo(0.9);
        assertThat(pushed.topicAssignedBy()).isEqualTo(ArticleTopic.AssignedBy.URL);
        assertThat(pushed.article().title()).isEqualTo("球队夺冠");
        assertThat(pushed.article().body().html()).doesNotContain("script").doesNotContain("onclick");
    }

    @Test
    void ninjsPayloadIsAValidNinjsItemWithSanitizedMarkupAndTheTopicsMediaTopic() {
        ArticleIngested article = new ArticleIngested("a2", "https://news.example.cn/finance/2.html", null,
                "<b>股市收涨</b>", new Body("沪指收涨。", "<p onclick=\"x()\">沪指<a href=\"javascript:x()\">收涨</a>。</p>"
                        + "<script>x()</script>"), Instant.parse("2026-03-02T01:15:00Z"), "滨江日报", "", List.of(),
                "zh-Hans", "0".repeat(64), 2, Instant.parse("2026-03-02T01:16:00Z"), Origin.PAGE, List.of());
        ArticleEnriched enriched = new ArticleEnriched(article, List.of(new io.newsflow.model.Category("stocks",
                List.of("股票"), "股票", 0.8, io.newsflow.model.Category.AssignedBy.CLASSIFIER)), List.of(), List.of(),
                "沪指收涨。", "0", null, List.of(), "m", Instant.parse("2026-03-02T01:16:01Z"), List.of(), null, List.of(),
                new ArticleTopic("stocks", "股票"), 0.8, ArticleTopic.AssignedBy.CLASSIFIER);

        String body = new Payloads(new PublishProperties("http://127.0.0.1:8080", 50, 2000, null))
                .render(enriched, PayloadFormat.NINJS, Instant.now());
        JsonNode item = EventCodec.mapper().readTree(body);

        NinjsSchema.assertValid(item);
        assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("股市收涨");
        assertThat(item.get("bodies").get(0).get("value").asString()).isEqualTo("<p>沪指<a rel=\"nofollow\">收涨</a>。</p>");
        assertThat(item.get("version").asString()).isEqualTo("2");
        assertThat(item.has("by")).isFalse();
        assertThat(item.get("subjects").toString()).contains("\"literal\":\"stocks\"")
                .contains("http://cv.iptc.org/newscodes/mediatopic/04000000");
        assertThat(PayloadFormat.NINJS.contentType()).isEqualTo("application/json");
    }
}
