package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Body;
import io.newsflow.model.Origin;
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
}
