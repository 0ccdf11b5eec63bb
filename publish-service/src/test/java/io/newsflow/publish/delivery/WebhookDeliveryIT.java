package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.Articles;
import io.newsflow.publish.NinjsSchema;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookDeliveryIT extends PushItSupport {

    private static final JsonMapper MAPPER = EventCodec.mapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void redeliversAfterReceiverRecoversWithTheSameWebhookId() throws Exception {
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 503 : 200)) {
            String kw = "recover-" + RUN;
            JsonNode sub = subscribe("{\"callback\":\"" + receiver.url("/hook?x=1") + "\",\"filters\":{\"keywords\":[\""
                    + kw + "\"]}}");
            String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
            publish(Articles.enriched("rec-" + RUN, 1, "恢复后送达", Instant.now(), List.of("国内新闻", "上海新闻"), "长宁时报",
                    List.of(kw), List.of()), "00-" + trace + "-00f067aa0ba902b7-01");
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            assertThat(receiver.received()).hasSize(3).extracting(r -> r.header("webhook-id"))
                    .containsOnly("msg_rec-" + RUN + "_v1");
            // one trace from ingest to every delivery attempt, each attempt a span of its own
            assertThat(receiver.received()).extracting(r -> r.header("traceparent")).hasSize(3).doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t).startsWith("00-" + trace + "-").endsWith("-01")
                            .doesNotContain("00f067aa0ba902b7"));
            assertThat(receiver.received()).extracting(Receiver.Received::uri).containsOnly("/hook?x=1");
            JsonNode payload = MAPPER.readTree(receiver.delivered().get(0).body());
            assertThat(payload.get("type").asString()).isEqualTo("article.published");
            assertThat(payload.get("data").get("article").get("body").get("html").asString()).doesNotContain("<script");
            String id = sub.get("id").asString();
            await().atMost(WAIT).until(() -> json(admin("GET", "/api/subscriptions/" + id + "/attempts?limit=10", null))
                    .size() == 3);
            JsonNode attempts = json(admin("GET", "/api/subscriptions/" + id + "/attempts?limit=10", null));
            assertThat(attempts.get(0).get("status").asInt()).isEqualTo(200);
            assertThat(attempts.get(2).get("status").asInt()).isEqualTo(503);
            assertThat(attempts.get(2).get("responseExcerpt").asString()).isEqualTo("ok");
            await().atMost(WAIT).until(() -> json(admin("GET", "/api/subscriptions/" + id, null)).get("health")
                    .get("queueDepth").asLong() == 0);
            assertThat(receiver.delivered()).hasSize(1);
        }
    }

    @Test
    void disablesAnEndpointThatAnswersGoneAtOnce() throws Exception {
        try (Receiver receiver = new Receiver(n -> 410)) {
            String kw = "gone-" + RUN;
            String id = subscribe("{\"callback\":\"" + receiver.url("/gone") + "\",\"filters\":{\"keywords\":[\"" + kw
                    + "\"]}}").get("id").asString();
            publish(Articles.enriched("gone1-" + RUN, 1, "第一篇", Instant.now(), List.of("财经"), "长宁时报", List.of(kw),
                    List.of()));
            await().atMost(WAIT).until(() -> "DISABLED".equals(
                    json(admin("GET", "/api/subscriptions/" + id, null)).get("health").get("state").asString()));
            publish(Articles.enriched("gone2-" + RUN, 1, "第二篇", Instant.now(), List.of("财经"), "长宁时报", List.of(kw),
                    List.of()));
            JsonNode health = json(admin("GET", "/api/subscriptions/" + id, null)).get("health");
            assertThat(health.get("disabledReason").asString()).contains("410");
            await().atMost(WAIT).until(() -> !alertsFor(id).isEmpty());
            assertThat(alertsFor(id).get(0).get("kind").asString()).isEqualTo("subscription.disabled");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.received().size() == 1);
        }
    }

    @Test
    void signaturesVerifyWithEverySecretDuringRotation() throws Exception {
        try (Receiver receiver = Receiver.ok()) {
            String kw = "rotate-" + RUN;
            JsonNode sub = subscribe("{\"callback\":\"" + receiver.url("/signed") + "\",\"format\":\"jsonfeed-item\","
                    + "\"filters\":{\"keywords\":[\"" + kw + "\"]}}");
            String id = sub.get("id").asString();
            String oldSecret = sub.get("secrets").get(0).asString();
            String newSecret = json(admin("POST", "/api/subscriptions/" + id + "/secrets", "{}")).get("secrets").get(1)
                    .asString();
            assertThat(json(admin("GET", "/api/subscriptions/" + id, null)).get("secrets").toString())
                    .doesNotContain(oldSecret.substring(12)).doesNotContain(newSecret.substring(12));
            publish(Articles.enriched("rot1-" + RUN, 1, "轮换中", Instant.now(), List.of("财经"), "长宁时报", List.of(kw),
                    List.of()));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            Receiver.Received first = receiver.delivered().get(0);
            assertThat(signatures(first)).containsExactlyInAnyOrder(expected(first, oldSecret), expected(first, newSecret));
            assertThat(first.header("content-type")).isEqualTo("application/json");
            assertThat(MAPPER.readTree(first.body()).get("content_html").asString()).doesNotContain("onclick");

            assertThat(admin("DELETE", "/api/subscriptions/" + id + "/secrets/0", null).statusCode()).isEqualTo(200);
            publish(Articles.enriched("rot2-" + RUN, 1, "轮换后", Instant.now(), List.of("财经"), "长宁时报", List.of(kw),
                    List.of()));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 2);
            Receiver.Received second = receiver.delivered().get(1);
            assertThat(signatures(second)).containsExactly(expected(second, newSecret));
        }
    }

    @Test
    void keepsOrderPerSubscriberAndFiltersPerSubscriber() throws Exception {
        try (Receiver sport = new Receiver(n -> n <= 2 ? 500 : 200); Receiver finance = Receiver.ok()) {
            String tag = "order-" + RUN;
            subscribe("{\"callback\":\"" + sport.url("/s") + "\",\"filters\":{\"categories\":[\"体育\"],\"keywords\":[\""
                    + tag + "\"]}}");
            subscribe("{\"callback\":\"" + finance.url("/f") + "\",\"format\":\"atom-entry\",\"filters\":"
                    + "{\"categories\":[\"财经\"],\"keywords\":[\"" + tag + "\"]}}");
            for (int i = 1; i <= 6; i++) {
                List<String> category = i % 2 == 0 ? List.of("财经") : List.of("体育", "马拉松");
                publish("order-key-" + RUN, Articles.enriched("ord" + i + "-" + RUN, 1, "第" + i + "篇", Instant.now(),
                        category, "长宁时报", List.of(tag), List.of()));
            }
            await().atMost(WAIT).until(() -> sport.delivered().size() == 3 && finance.delivered().size() == 3);
            assertThat(sport.received()).extracting(r -> r.header("webhook-id")).containsExactly(
                    "msg_ord1-" + RUN + "_v1", "msg_ord1-" + RUN + "_v1", "msg_ord1-" + RUN + "_v1",
                    "msg_ord3-" + RUN + "_v1", "msg_ord5-" + RUN + "_v1");
            assertThat(finance.received()).extracting(r -> r.header("webhook-id")).containsExactly(
                    "msg_ord2-" + RUN + "_v1", "msg_ord4-" + RUN + "_v1", "msg_ord6-" + RUN + "_v1");
            assertThat(finance.received().get(0).header("content-type")).isEqualTo("application/atom+xml");
            assertThat(finance.received().get(0).body()).contains("<entry xmlns=\"http://www.w3.org/2005/Atom\"");
        }
    }

    @Test
    void pushesAValidNinjsItemToASubscriptionThatAsksForNinjs() throws Exception {
        try (Receiver receiver = Receiver.ok()) {
            String kw = "ninjs-" + RUN;
            JsonNode sub = subscribe("{\"callback\":\"" + receiver.url("/ninjs") + "\",\"format\":\"ninjs\","
                    + "\"filters\":{\"keywords\":[\"" + kw + "\"]}}");
            assertThat(sub.get("format").asString()).isEqualTo("ninjs");
            publish(Articles.enriched("nj-" + RUN, 1, "<b>进博会</b>倒计时", Instant.now(), List.of("财经"), "长宁时报",
                    List.of(kw), List.of("rec-" + RUN)));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            Receiver.Received push = receiver.delivered().get(0);
            JsonNode item = MAPPER.readTree(push.body());

            NinjsSchema.assertValid(item);
            assertThat(push.header("content-type")).isEqualTo("application/json");
            assertThat(item.get("uri").asString()).isEqualTo("urn:newsflow:article:nj-" + RUN);
            assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("进博会倒计时");
            assertThat(item.get("bodies").get(0).get("value").asString()).isEqualTo("<p>正文。</p>\n<p>第二段</p>");
            assertThat(item.has("by")).isFalse();
            assertThat(item.get("associations").get(0).get("uri").asString()).isEqualTo("urn:newsflow:article:rec-" + RUN);
        }
    }

    @Test
    void refusesAPayloadFormatItDoesNotKnowNamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = admin("POST", "/api/subscriptions", "{\"format\":\"ninjs-2.2\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("detail").asString()).contains("'ninjs-2.2'").contains("ninjs");
    }

    @Test
    void refusesForbiddenCallbacksWithTheReason() throws Exception {
        for (String callback : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "http://[fd00:ec2::254]/", "http://0.0.0.0:8080/", "ftp://example.com/")) {
            HttpResponse<String> response = admin("POST", "/api/subscriptions", "{\"callback\":\"" + callback + "\"}");
            assertThat(response.statusCode()).as(callback).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(response).get("detail").asString()).as(callback).isNotBlank();
        }
        assertThat(json(admin("POST", "/api/subscriptions", "{\"callback\":\"http://10.0.0.1/hook\"}"))
                .get("detail").asString()).contains("private address");
        assertThat(admin("GET", "/api/subscriptions/sub_nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    void recoverLeavesDeliveredMessagesAloneAndRefusesATimeItCannotRead() throws Exception {
        try (Receiver receiver = Receiver.ok()) {
            String kw = "recover-since-" + RUN;
            Instant since = Instant.now().minusSeconds(60);
            String id = subscribe("{\"callback\":\"" + receiver.url("/r") + "\",\"filters\":{\"keywords\":[\"" + kw
                    + "\"]}}").get("id").asString();
            publish(Articles.enriched("again-" + RUN, 1, "再送一次", Instant.now(), List.of("财经"), "长宁时报", List.of(kw),
                    List.of()));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            HttpResponse<String> recovered = admin("POST", "/api/subscriptions/" + id + "/recover?since=" + since, null);
            assertThat(json(recovered).get("requeued").asInt()).isZero();
            assertThat(admin("POST", "/api/subscriptions/" + id + "/recover?since=yesterday", null).statusCode())
                    .isEqualTo(400);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> receiver.received().size() == 1);
        }
    }

    /** What operators see on the alerts topic about this subscription. */
    private static List<JsonNode> alertsFor(String subscriptionId) {
        TopicPartition partition = new TopicPartition("newsflow.operator.alerts.v1", 0);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.shared().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<JsonNode> alerts = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (subscriptionId.equals(record.key())) {
                        alerts.add(MAPPER.readTree(record.value()));
                    }
                }
            }
            return alerts;
        }
    }

    private static Set<String> signatures(Receiver.Received r) {
        return Set.of(r.header("webhook-signature").split(" "));
    }

    /** Standard Webhooks, computed independently of the service's signer. */
    private static String expected(Receiver.Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
