package io.newsflow.publish;

import static io.newsflow.publish.delivery.Receiver.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.delivery.Receiver;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Runs the curl examples of the README's "For partner sites" section, as a partner would, against this service and a
 * real receiver on 127.0.0.1 (webhook and WebSub callback), and checks what each of them answers or makes happen.
 */
class ReadmeExamplesIT extends PartnerApiItSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String KEYWORD = "进博会";

    @TempDir
    Path folder;

    @Autowired
    MongoTemplate mongo;

    private ReadmeExamples readme;
    private Receiver receiver;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        readme = ReadmeExamples.of(Path.of("..", "README.md"), "## For partner sites", folder);
        receiver = Receiver.ok();
        // the WebSub verification of intent: the callback echoes hub.challenge
        receiver.respondWith(r -> r.method().equals("GET") ? query(r.uri()).getOrDefault("hub.challenge", "") : "");
        env.putAll(Map.of("PUBLISH", BASE, "PARTNER_KEY", PARTNER_KEY, "ADMIN_TOKEN", ADMIN_TOKEN,
                "HUB_SECRET", "hub-secret-" + RUN, "LAST_EVENT_ID", ""));
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void everyPartnerExampleOfTheReadmeWorksAsDescribed() throws Exception {
        assertThat(readme.names()).containsExactlyInAnyOrder("feed", "feed-revalidate", "subscribe",
                "subscribe-unknown-field", "attempts", "verify", "pull-subscribe", "pull", "ack", "stream", "websub",
                "websub-verify");
        String webhookSubscription = subscribeWebhook();
        refusesUnknownFields();
        String pullSubscription = json("pull-subscribe").get("id").asString();
        subscribeOverWebSub();
        String first = "readme-1-" + RUN;
        try (ReadmeExamples.Running live = readme.follow("stream", env)) {
            await().atMost(WAIT).until(() -> live.lines().contains(":connected"));
            publish(Articles.enriched(first, 1, "进博会开幕 " + RUN, Instant.now(), List.of("国内新闻", "上海新闻"),
                    "新民晚报", List.of(KEYWORD), List.of()));
            verifiesTheWebhook(webhookSubscription, first);
            verifiesTheWebSubContent(first);
            readsTheFeed(first);
            pullsAndAcknowledges(pullSubscription, first);
            resumesTheStream(live, first);
        }
    }

    private String subscribeWebhook() throws Exception {
        env.put("CALLBACK", receiver.url("/hooks/newsflow"));
        JsonNode created = json("subscribe");
        assertThat(created.get("mode").asString()).isEqualTo("push");
        assertThat(created.get("callback").asString()).isEqualTo(receiver.url("/hooks/newsflow"));
        assertThat(created.get("filters").get("keywords").get(0).asString()).isEqualTo(KEYWORD);
        env.put("SECRET", created.get("secrets").get(0).asString());
        assertThat(env.get("SECRET")).startsWith("whsec_");
        return created.get("id").asString();
    }

    private void refusesUnknownFields() throws Exception {
        JsonNode problem = json("subscribe-unknown-field");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("unknown field 'secret'").contains("'secrets'");
    }

    private void subscribeOverWebSub() throws Exception {
        env.put("CALLBACK", receiver.url("/websub/callback"));
        assertThat(ok("websub").strip()).isEqualTo("202");
        await().atMost(WAIT).until(() -> receiver.received().stream().anyMatch(r -> r.method().equals("GET")
                && r.uri().startsWith("/websub/callback?") && query(r.uri()).get("hub.topic")
                .equals(BASE + "/feeds/keywords/" + KEYWORD + ".atom")));
        // the hub stores the subscription once the callback echoed the challenge
        await().atMost(WAIT).until(() -> mongo.getCollection("websub_subscriptions").countDocuments() == 1);
    }

    private void verifiesTheWebhook(String subscription, String articleId) throws Exception {
        Receiver.Received push = awaitPost("/hooks/newsflow", articleId);
        assertThat(push.header("webhook-id")).isEqualTo("msg_" + articleId + "_v1");
        Files.writeString(folder.resolve("body.json"), push.body());
        env.putAll(Map.of("WEBHOOK_ID", push.header("webhook-id"), "WEBHOOK_TIMESTAMP",
                push.header("webhook-timestamp"), "WEBHOOK_SIGNATURE", push.header("webhook-signature")));
        assertThat(ok("verify").strip()).isEqualTo("signature ok");
        Files.writeString(folder.resolve("body.json"), push.body().replace(articleId, articleId + "-forged"));
        ReadmeExamples.Result forged = readme.run("verify", env);
        assertThat(forged.exit()).isNotZero();
        assertThat(forged.err()).contains("signature mismatch");

        env.put("SUB", subscription);
        await().atMost(WAIT).untilAsserted(() -> assertThat(EventCodec.mapper().readTree(ok("attempts")).toString())
                .contains("\"webhookId\":\"msg_" + articleId + "_v1\"").contains("\"status\":200"));
    }

    private void verifiesTheWebSubContent(String articleId) throws Exception {
        Receiver.Received content = awaitPost("/websub/callback", articleId);
        assertThat(content.header("content-type")).startsWith("application/atom+xml");
        assertThat(content.header("link")).contains("<" + BASE + "/feeds/keywords/%E8%BF%9B%E5%8D%9A%E4%BC%9A.atom>; "
                + "rel=\"self\"");
        Files.writeString(folder.resolve("body.xml"), content.body());
        assertThat(ok("websub-verify").strip()).isEqualTo(content.header("x-hub-signature"));
    }

    private void readsTheFeed(String articleId) throws Exception {
        AtomicReference<JsonNode> feed = new AtomicReference<>();
        await().atMost(WAIT).until(() -> {
            feed.set(json("feed"));
            return feed.get().get("items").toString().contains(articleId);
        });
        assertThat(feed.get().get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        // other articles may still arrive and change the feed; an unchanged one is answered 304
        await().atMost(WAIT).until(() -> ok("feed-revalidate").strip().equals("304"));
    }

    private void pullsAndAcknowledges(String subscription, String articleId) throws Exception {
        env.put("SUB", subscription);
        AtomicReference<JsonNode> page = new AtomicReference<>();
        await().atMost(WAIT).until(() -> {
            page.set(json("pull"));
            return page.get().get("events").toString().contains("\"articleId\":\"" + articleId + "\"");
        });
        JsonNode event = null;
        for (JsonNode e : page.get().get("events")) {
            event = e.get("articleId").asString().equals(articleId) ? e : event;
        }
        assertThat(event.get("payload").get("data").get("article").get("id").asString()).isEqualTo(articleId);
        env.put("CURSOR", Long.toString(event.get("cursor").asLong()));
        assertThat(json("ack").get("acked").asLong()).isEqualTo(event.get("cursor").asLong());
        assertThat(json("pull").get("events").toString()).doesNotContain("\"articleId\":\"" + articleId + "\"");
    }

    /** The live stream saw the first article; reconnecting after it with its id brings the one that came since. */
    private void resumesTheStream(ReadmeExamples.Running live, String first) throws Exception {
        await().atMost(WAIT).until(() -> dataIndex(live.lines(), first) >= 0);
        List<String> lines = List.copyOf(live.lines());
        String id = lines.get(dataIndex(lines, first) - 2);
        assertThat(id).startsWith("id:");
        live.close();
        String second = "readme-2-" + RUN;
        publish(Articles.enriched(second, 1, "进博会闭幕 " + RUN, Instant.now(), List.of("国内新闻", "上海新闻"), "新民晚报",
                List.of(KEYWORD), List.of()));
        env.put("LAST_EVENT_ID", id.substring(3));
        try (ReadmeExamples.Running resumed = readme.follow("stream", env)) {
            await().atMost(WAIT).until(() -> dataIndex(resumed.lines(), second) >= 0);
            assertThat(dataIndex(resumed.lines(), first)).isNegative();
            assertThat(resumed.lines()).contains("event:article");
        }
    }

    private static int dataIndex(List<String> lines, String articleId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("data:") && lines.get(i).contains("\"id\":\"" + articleId + "\"")) {
                return i;
            }
        }
        return -1;
    }

    private Receiver.Received awaitPost(String path, String articleId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(post(path, articleId)).as("a POST to %s with %s among %s",
                path, articleId, receiver.received().stream().map(r -> r.method() + " " + r.uri() + " " + r.status()
                        + " " + r.body().substring(0, Math.min(300, r.body().length()))).toList()).isNotNull());
        return post(path, articleId);
    }

    private Receiver.Received post(String path, String articleId) {
        return receiver.received().stream().filter(r -> r.method().equals("POST") && r.uri().equals(path)
                && r.body().contains(articleId)).findFirst().orElse(null);
    }

    /** Runs an example that must succeed; its output. */
    private String ok(String example) throws Exception {
        ReadmeExamples.Result result = readme.run(example, env);
        assertThat(result.exit()).as("exit of '%s'; stderr: %s", example, result.err()).isZero();
        return result.out();
    }

    private JsonNode json(String example) throws Exception {
        return EventCodec.mapper().readTree(ok(example));
    }
}
