package io.newsflow.publish.websub;

import static io.newsflow.publish.delivery.Receiver.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.Articles;
import io.newsflow.publish.NinjsSchema;
import io.newsflow.publish.delivery.PushItSupport;
import io.newsflow.publish.delivery.Receiver;
import java.net.URI;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hub checks of websub.rocks (https://websub.rocks/hub/1xx), each named by its number and title, walked against
 * this hub with a real subscriber endpoint, plus the Recommendation's rules those checks lean on (verification
 * that is not echoed, lease bounds, denial, retried distribution). A check passes here when the subscriber sees
 * what websub.rocks's subscriber accepts: the verification parameters, a 2xx-acknowledged POST whose
 * {@code Content-Type} is the topic's own, a {@code Link} header with {@code rel="hub"} and {@code rel="self"}, and
 * {@code X-Hub-Signature} exactly when a secret was given. 105 (plaintext topic) does not apply: this hub's topics
 * are its own RSS, Atom and JSON feeds.
 */
class WebSubRocksHubChecksIT extends PushItSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String BASE = "http://127.0.0.1:8080";
    private static final String HUB = BASE + "/websub";

    @Test
    @DisplayName("100: Typical Subscriber Request")
    void hub100TypicalSubscriberRequest() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("100", "atom");
            assertThat(hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback",
                    subscriber.url("/sub/100"))).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            assertThat(query(subscriber.received().get(0).uri())).containsEntry("hub.mode", "subscribe")
                    .containsEntry("hub.topic", topic).containsKeys("hub.challenge", "hub.lease_seconds");
            publishTo("100");
            Receiver.Received content = awaitPost(subscriber);
            assertDistributionOf(topic, content);
            assertThat(content.header("X-Hub-Signature")).as("no secret, no signature").isNull();
            assertThat(content.body()).contains("<feed").contains("r100-" + RUN);
        }
    }

    @Test
    @DisplayName("101: Subscription with Secret")
    void hub101SubscriptionWithSecret() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("101", "atom");
            String secret = "rocks-101-" + RUN;
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/101"),
                    "hub.secret", secret));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            publishTo("101");
            Receiver.Received content = awaitPost(subscriber);
            assertDistributionOf(topic, content);
            assertThat(content.header("X-Hub-Signature")).isEqualTo("sha256=" + hmac(secret, content.body()));
        }
    }

    @Test
    @DisplayName("102: Subscriber Sends Additional Parameters")
    void hub102SubscriberSendsAdditionalParameters() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("102", "rss");
            assertThat(hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback",
                    subscriber.url("/sub/102"), "foo", "bar", "hub.foo", "hub.bar")).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            assertThat(query(subscriber.received().get(0).uri())).doesNotContainKeys("foo", "hub.foo");
            publishTo("102");
            assertDistributionOf(topic, awaitPost(subscriber));
        }
    }

    @Test
    @DisplayName("103: Re-Subscribes Before Expiration")
    void hub103ReSubscribesBeforeExpiration() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("103", "atom");
            Map<String, String> request = Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback",
                    subscriber.url("/sub/103"), "hub.lease_seconds", "600");
            hub(request);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            hub(request);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 2);
            assertThat(query(subscriber.received().get(1).uri())).containsEntry("hub.mode", "subscribe");
            publishTo("103");
            assertDistributionOf(topic, awaitPost(subscriber));
            // the renewal replaced the subscription of this topic and callback instead of adding a second one
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> posts(subscriber) == 1);
        }
    }

    @Test
    @DisplayName("104: Unsubscription")
    void hub104Unsubscription() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("104", "atom");
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/104")));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            assertThat(hub(Map.of("hub.mode", "unsubscribe", "hub.topic", topic, "hub.callback",
                    subscriber.url("/sub/104"))).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 2);
            assertThat(query(subscriber.received().get(1).uri())).containsEntry("hub.mode", "unsubscribe")
                    .containsEntry("hub.topic", topic).containsKey("hub.challenge");
            publishTo("104");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> posts(subscriber) == 0);
        }
    }

    @Test
    @DisplayName("106: JSON Topic")
    void hub106JsonTopic() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("106", "json");
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/106")));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            publishTo("106");
            Receiver.Received content = awaitPost(subscriber);
            assertDistributionOf(topic, content);
            assertThat(content.body()).contains("\"version\":\"https://jsonfeed.org/version/1.1\"")
                    .contains("r106-" + RUN);
        }
    }

    /** Not a websub.rocks check: the NINJS feed is a topic too, distributed as valid NINJS 3.1 items. */
    @Test
    void ninjsTopic() throws Exception {
        try (Receiver subscriber = echoing()) {
            String topic = topic("ninjs", "ninjs");
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/ninjs")));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            publishTo("ninjs");
            Receiver.Received content = awaitPost(subscriber);
            assertDistributionOf(topic, content);
            JsonNode items = EventCodec.mapper().readTree(content.body()).get("items");
            assertThat(items).hasSize(1);
            NinjsSchema.assertValid(items.get(0));
            assertThat(items.get(0).toString()).contains("rninjs-" + RUN);
        }
    }

    @Test
    @DisplayName("§5.3.1: a callback that does not echo hub.challenge is not subscribed")
    void verificationWithoutTheChallengeSubscribesNobody() throws Exception {
        try (Receiver subscriber = Receiver.ok()) {
            subscriber.respondWith(r -> "something else");
            String topic = topic("echo", "atom");
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/echo")));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            publishTo("echo");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> posts(subscriber) == 0);
        }
    }

    @Test
    @DisplayName("§5.3: hub.lease_seconds kept between the hub's shortest and longest lease")
    void leaseSecondsAreBounded() throws Exception {
        try (Receiver tooShort = echoing(); Receiver tooLong = echoing()) {
            String topic = topic("lease", "atom");
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", tooShort.url("/s"),
                    "hub.lease_seconds", "0"));
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", tooLong.url("/l"),
                    "hub.lease_seconds", "999999999"));
            await().atMost(WAIT).until(() -> tooShort.received().size() == 1 && tooLong.received().size() == 1);
            assertThat(query(tooShort.received().get(0).uri())).containsEntry("hub.lease_seconds", "1");
            assertThat(query(tooLong.received().get(0).uri())).containsEntry("hub.lease_seconds",
                    Long.toString(Duration.ofDays(30).toSeconds()));
        }
    }

    @Test
    @DisplayName("§5.2: a refused subscription is denied at the callback with hub.reason")
    void refusedSubscriptionIsDeniedAtTheCallback() throws Exception {
        try (Receiver subscriber = echoing()) {
            String foreign = "https://example.com/feed-" + RUN;
            HttpResponse<String> answer = hub(Map.of("hub.mode", "subscribe", "hub.topic", foreign, "hub.callback",
                    subscriber.url("/sub/denied?partner=7")));
            assertThat(answer.statusCode()).isEqualTo(400);
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            Receiver.Received denial = subscriber.received().get(0);
            assertThat(denial.method()).isEqualTo("GET");
            assertThat(query(denial.uri())).containsEntry("partner", "7").containsEntry("hub.mode", "denied")
                    .containsEntry("hub.topic", foreign).doesNotContainKey("hub.challenge")
                    .hasEntrySatisfying("hub.reason", reason -> assertThat(reason).contains("hub.topic"));
        }
    }

    @Test
    @DisplayName("§7: a distribution the subscriber fails is retried until it succeeds, signed each time")
    void failedDistributionIsRetriedUntilTheSubscriberTakesIt() throws Exception {
        // the verification, then two failed POSTs, then success
        try (Receiver subscriber = new Receiver(n -> n == 2 || n == 3 ? 503 : 200)) {
            subscriber.respondWith(r -> query(r.uri()).getOrDefault("hub.challenge", ""));
            String topic = topic("retry", "atom");
            String secret = "rocks-retry-" + RUN;
            hub(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", subscriber.url("/sub/retry"),
                    "hub.secret", secret));
            await().atMost(WAIT).until(() -> subscriber.received().size() == 1);
            publishTo("retry");
            await().atMost(WAIT).until(() -> subscriber.delivered().stream().anyMatch(r -> r.method().equals("POST")));
            List<Receiver.Received> attempts = subscriber.received().stream().filter(r -> r.method().equals("POST"))
                    .toList();
            assertThat(attempts).extracting(Receiver.Received::status).containsExactly(503, 503, 200);
            assertThat(attempts).extracting(Receiver.Received::body).containsOnly(attempts.get(0).body());
            assertThat(attempts).allSatisfy(a -> assertThat(a.header("X-Hub-Signature"))
                    .isEqualTo("sha256=" + hmac(secret, a.body())));
            assertDistributionOf(topic, attempts.get(2));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> posts(subscriber) == 3);
        }
    }

    /** What websub.rocks's subscriber checks of every distribution: content type and Link header. */
    private void assertDistributionOf(String topic, Receiver.Received content) throws Exception {
        HttpResponse<String> feed = HTTP.send(HttpRequest.newBuilder(URI.create(topic.replace(BASE,
                "http://127.0.0.1:" + port))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(content.header("Content-Type")).isEqualTo(feed.headers().firstValue("Content-Type").orElseThrow());
        assertThat(content.header("Link")).contains("<" + HUB + ">; rel=\"hub\"").contains("<" + topic + ">; rel=\"self\"");
        assertThat(content.status()).isBetween(200, 299);
    }

    private static String topic(String check, String format) {
        return BASE + "/feeds/keywords/rocks-" + check + "-" + RUN + "." + format;
    }

    private void publishTo(String check) throws Exception {
        publish(Articles.enriched("r" + check + "-" + RUN, 1, "r" + check + "-" + RUN + " 标题", Instant.now(),
                List.of("财经"), "长宁时报", List.of("rocks-" + check + "-" + RUN), List.of()));
    }

    private static Receiver echoing() throws Exception {
        Receiver receiver = Receiver.ok();
        receiver.respondWith(r -> r.method().equals("GET") ? query(r.uri()).getOrDefault("hub.challenge", "") : "");
        return receiver;
    }

    private static long posts(Receiver receiver) {
        return receiver.received().stream().filter(r -> r.method().equals("POST")).count();
    }

    private static Receiver.Received awaitPost(Receiver receiver) {
        await().atMost(WAIT).until(() -> posts(receiver) > 0);
        return receiver.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> hub(Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        new LinkedHashMap<>(form).forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/websub"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
