package io.newsflow.publish.websub;

import static io.newsflow.publish.delivery.Receiver.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.Articles;
import io.newsflow.publish.delivery.PushItSupport;
import io.newsflow.publish.delivery.Receiver;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

/** The process stops while a distribution is being retried; the next one delivers it from MongoDB, once. */
class WebSubRetryRestartIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void retriesADistributionFailedBeforeARestartUntilItIsDelivered() throws Exception {
        String database = "websub_restart_" + RUN;
        Map<String, Object> properties = new HashMap<>(PushItSupport.pushProperties(database));
        properties.putAll(LocalInfra.shared().springProperties());
        properties.put("server.port", "0");
        properties.put("newsflow.publish.websub.retry-attempts", "100");
        String kw = "ws-restart-" + RUN;
        String topic = "http://127.0.0.1:8080/feeds/keywords/" + kw + ".atom";
        // the verification succeeds, every distribution fails until told otherwise
        try (Receiver subscriber = new Receiver(n -> n == 1 ? 200 : 503);
                MongoClient mongo = MongoClients.create(LocalInfra.shared().mongoUri())) {
            subscriber.respondWith(r -> query(r.uri()).getOrDefault("hub.challenge", ""));
            MongoCollection<Document> pending = mongo.getDatabase(database).getCollection("websub_pending_distributions");
            ConfigurableApplicationContext first = PushItSupport.start(properties);
            subscribe(PushItSupport.port(first), subscriber.url("/cb"), topic, "restart-secret");
            await().atMost(Duration.ofSeconds(15)).until(() -> subscriber.received().size() == 1);
            @SuppressWarnings("unchecked")
            KafkaTemplate<String, byte[]> kafka = first.getBean(KafkaTemplate.class);
            kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "wr-" + RUN, EventCodec.encode(Articles.enriched(
                    "wr-" + RUN, 1, "重启重试", Instant.now(), List.of("财经"), "长宁时报", List.of(kw), List.of())))).get();
            await().atMost(Duration.ofSeconds(20)).until(() -> posts(subscriber) >= 3);
            first.close();
            Document stored = pending.find().first();
            assertThat(stored).isNotNull();
            assertThat(stored.getInteger("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(stored.getString("lastError")).isEqualTo("HTTP 503");
            subscriber.answer(n -> 200);

            ConfigurableApplicationContext second = PushItSupport.start(properties);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> delivered(subscriber) == 1);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                        .until(() -> delivered(subscriber) == 1 && pending.countDocuments() == 0);
                Receiver.Received last = subscriber.delivered().get(subscriber.delivered().size() - 1);
                assertThat(last.body()).contains("wr-" + RUN);
                assertThat(last.header("X-Hub-Signature")).isEqualTo("sha256="
                        + WebSubRocksHubChecksIT.hmac("restart-secret", last.body()));
            } finally {
                second.close();
            }
        }
    }

    private static long posts(Receiver receiver) {
        return receiver.received().stream().filter(r -> r.method().equals("POST")).count();
    }

    private static long delivered(Receiver receiver) {
        return receiver.delivered().stream().filter(r -> r.method().equals("POST")).count();
    }

    private static void subscribe(int port, String callback, String topic, String secret) throws Exception {
        String form = "hub.mode=subscribe&hub.callback=" + URLEncoder.encode(callback, StandardCharsets.UTF_8)
                + "&hub.topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8) + "&hub.secret=" + secret;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/websub"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
    }
}
