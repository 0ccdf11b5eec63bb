package io.newsflow.publish.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.publish.Articles;
import io.newsflow.publish.delivery.PushItSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PullSubscriptionIT extends PushItSupport {

    @Test
    void pullsInOrderResumesAfterTheAcknowledgedCursorAndReplaysFromAnOlderOne() throws Exception {
        String kw = "pull-" + RUN;
        JsonNode sub = subscribe("{\"filters\":{\"keywords\":[\"" + kw + "\"],\"sources\":[\"新民晚报\"]}}");
        assertThat(sub.get("mode").asString()).isEqualTo("pull");
        assertThat(sub.get("callback").isNull()).isTrue();
        String id = sub.get("id").asString();
        for (int i = 1; i <= 3; i++) {
            publish("pull-key-" + RUN, Articles.enriched("pl" + i + "-" + RUN, 1, "拉取" + i, Instant.now(),
                    List.of("财经"), "新民晚报", List.of(kw), List.of()));
        }
        publish("pull-key-" + RUN, Articles.enriched("pl-other-" + RUN, 1, "别的来源", Instant.now(), List.of("财经"),
                "长宁时报", List.of(kw), List.of()));
        String events = "/api/subscriptions/" + id + "/events";
        await().atMost(Duration.ofSeconds(15)).until(() -> json(admin("GET", events, null)).get("events").size() == 3);
        JsonNode page = json(admin("GET", events + "?limit=10", null)).get("events");
        assertThat(articleIds(page)).containsExactly("pl1-" + RUN, "pl2-" + RUN, "pl3-" + RUN);
        long second = page.get(1).get("cursor").asLong();
        assertThat(page.get(0).get("payload").get("data").get("article").get("source").asString()).isEqualTo("新民晚报");

        assertThat(admin("POST", "/api/subscriptions/" + id + "/ack", "{\"cursor\":" + second + "}").statusCode())
                .isEqualTo(200);
        assertThat(articleIds(json(admin("GET", events, null)).get("events"))).containsExactly("pl3-" + RUN);
        assertThat(articleIds(json(admin("GET", events + "?after=0&limit=2", null)).get("events")))
                .containsExactly("pl1-" + RUN, "pl2-" + RUN);
        assertThat(json(admin("GET", "/api/subscriptions/" + id, null)).get("health").get("queueDepth").asLong())
                .isEqualTo(1);
        assertThat(admin("POST", "/api/subscriptions/" + id + "/ack", "{\"cursor\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void pausesResumesAndDeletes() throws Exception {
        String id = subscribe("{\"filters\":{\"keywords\":[\"lifecycle-" + RUN + "\"]}}").get("id").asString();
        assertThat(json(admin("POST", "/api/subscriptions/" + id + "/pause", null)).get("health").get("state")
                .asString()).isEqualTo("PAUSED");
        assertThat(json(admin("POST", "/api/subscriptions/" + id + "/resume", null)).get("health").get("state")
                .asString()).isEqualTo("ACTIVE");
        assertThat(admin("DELETE", "/api/subscriptions/" + id + "/secrets/0", null).statusCode()).isEqualTo(400);
        assertThat(admin("POST", "/api/subscriptions", "{\"format\":\"yaml\"}").statusCode()).isEqualTo(400);
        assertThat(json(admin("POST", "/api/subscriptions", "{\"secret\":\"whsec_x\"}")).get("detail").asString())
                .contains("unknown field 'secret' (did you mean 'secrets'?)");
        assertThat(json(admin("POST", "/api/subscriptions", "{\"filters\":{\"keyword\":[\"x\"]}}")).get("detail")
                .asString()).contains("unknown field 'keyword' (did you mean 'keywords'?)");
        assertThat(admin("DELETE", "/api/subscriptions/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin("GET", "/api/subscriptions/" + id, null).statusCode()).isEqualTo(404);
    }

    private static List<String> articleIds(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("articleId").asString()));
        return ids;
    }
}
