package io.newsflow.publish.websub;

import static io.newsflow.publish.delivery.Receiver.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.publish.Articles;
import io.newsflow.publish.delivery.PushItSupport;
import io.newsflow.publish.delivery.Receiver;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The hub against real subscriber endpoints: callbacks with query strings, lease renewal and expiry, refusals. */
class WebSubHubIT extends PushItSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String BASE = "http://127.0.0.1:8080";

    @Test
    void verifiesIntentThenDistributesNewEntriesWithLinkHeaders() throws Exception {
        try (Receiver subscriber = echoing()) {
            String kw = "ws-basic-" + RUN;
            String topic = BASE + "/feeds/keywords/" + kw + ".atom";
            assertThat(hub("subscribe", subscriber.url("/cb"), topic, Map.of()).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            Map<String, String> verification = query(subscriber.received().get(0).uri());
            assertThat(verification).containsEntry("hub.mode", "subscribe").containsEntry("hub.topic", topic)
                    .containsKeys("hub.challenge", "hub.lease_seconds");
            publishWithKeyword("wsb", kw);
            Receiver.Received content = awaitPost(subscriber);
            assertThat(content.header("content-type")).startsWith("application/atom+xml");
            assertThat(content.header("link")).contains("<" + BASE + "/websub>; rel=\"hub\"")
                    .contains("<" + topic + ">; rel=\"self\"");
            assertThat(content.body()).contains("<feed").contains("wsb-" + RUN).doesNotContain("<script");
        }
    }

    @Test
    void signsContentWithTheSubscribersSecretAndKeepsCallbackQueryParameters() throws Exception {
        try (Receiver subscriber = echoing()) {
            String kw = "ws-secret-" + RUN;
            String topic = BASE + "/feeds/keywords/" + kw + ".json";
            hub("subscribe", subscriber.url("/cb?partner=42&x=y"), topic, Map.of("hub.secret", "s3cr3t-" + RUN));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            assertThat(query(subscriber.received().get(0).uri())).containsEntry("partner", "42").containsEntry("x", "y");
            publishWithKeyword("wss", kw);
            Receiver.Received content = awaitPost(subscriber);
            assertThat(content.uri()).isEqualTo("/cb?partner=42&x=y");
            assertThat(content.header("content-type")).startsWith("application/feed+json");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("s3cr3t-" + RUN).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(content.body()
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(content.header("x-hub-signature")).as("the Recommendation's header").isEqualTo(signature);
            assertThat(content.header("x-hub-signature-256")).as("kept for earlier subscribers").isEqualTo(signature);
        }
    }

    @Test
    void renewsLeasesOnResubscribeAndStopsExpiredOnes() throws Exception {
        try (Receiver renewed = echoing(); Receiver expired = echoing()) {
            String kw = "ws-lease-" + RUN;
            String topic = BASE + "/feeds/keywords/" + kw + ".rss";
            hub("subscribe", renewed.url("/r"), topic, Map.of("hub.lease_seconds", "1"));
            hub("subscribe", expired.url("/e"), topic, Map.of("hub.lease_seconds", "1"));
            await().atMost(WAIT).until(() -> renewed.received().size() == 1 && expired.received().size() == 1);
            hub("subscribe", renewed.url("/r"), topic, Map.of("hub.lease_seconds", "600"));
            await().atMost(WAIT).until(() -> renewed.received().size() == 2);
            assertThat(query(renewed.received().get(1).uri())).containsEntry("hub.lease_seconds", "600");
            await().pollDelay(Duration.ofMillis(1200)).until(() -> true);
            publishWithKeyword("wsl", kw);
            Receiver.Received content = awaitPost(renewed);
            assertThat(content.header("content-type")).startsWith("application/rss+xml");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> expired.received().size() == 1);
        }
    }

    @Test
    void unsubscribeAndFailedVerificationStopDelivery() throws Exception {
        try (Receiver leaving = echoing(); Receiver wrongEcho = Receiver.ok()) {
            wrongEcho.respondWith(r -> "not-the-challenge");
            String kw = "ws-unsub-" + RUN;
            String topic = BASE + "/feeds/keywords/" + kw;
            hub("subscribe", leaving.url("/l"), topic, Map.of());
            hub("subscribe", wrongEcho.url("/w"), topic, Map.of());
            await().atMost(WAIT).until(() -> leaving.received().size() == 1 && wrongEcho.received().size() == 1);
            hub("unsubscribe", leaving.url("/l"), topic, Map.of());
            await().atMost(WAIT).until(() -> leaving.received().size() == 2);
            assertThat(query(leaving.received().get(1).uri())).containsEntry("hub.mode", "unsubscribe");
            publishWithKeyword("wsu", kw);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> leaving.received().size() == 2 && wrongEcho.received().size() == 1);
        }
    }

    @Test
    void refusesForeignTopicsForbiddenCallbacksAndLongSecrets() throws Exception {
        String topic = BASE + "/feeds/latest.json";
        assertThat(hub("subscribe", "http://127.0.0.1:9/cb", "https://example.com/feed", Map.of()).statusCode())
                .isEqualTo(400);
        assertThat(hub("subscribe", "http://10.0.0.1/cb", topic, Map.of()).body()).contains("private address");
        assertThat(hub("subscribe", "http://127.0.0.1:9/cb", topic, Map.of("hub.secret", "x".repeat(200)))
                .statusCode()).isEqualTo(400);
        assertThat(hub("publish", "http://127.0.0.1:9/cb", topic, Map.of()).statusCode()).isEqualTo(400);
    }

    private static Receiver echoing() throws Exception {
        Receiver receiver = Receiver.ok();
        receiver.respondWith(r -> r.method().equals("GET") ? query(r.uri()).getOrDefault("hub.challenge", "") : "");
        return receiver;
    }

    private void publishWithKeyword(String prefix, String keyword) throws Exception {
        publish(Articles.enriched(prefix + "-" + RUN, 1, prefix + "-" + RUN + " 标题", Instant.now(), List.of("财经"),
                "长宁时报", List.of(keyword), List.of()));
    }

    private static Receiver.Received awaitPost(Receiver receiver) {
        await().atMost(WAIT).until(() -> receiver.received().stream().anyMatch(r -> r.method().equals("POST")));
        return receiver.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
    }

    private HttpResponse<String> hub(String mode, String callback, String topic, Map<String, String> extra)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of("hub.mode", mode, "hub.callback", callback,
                "hub.topic", topic));
        form.putAll(extra);
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/websub"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
