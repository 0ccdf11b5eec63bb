package io.newsflow.publish.delivery;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.PublishApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One application context for every push IT (they inherit this configuration): its own database and consumer
 * group, so other ITs' contexts in this JVM neither see these subscriptions nor take these partitions; loopback
 * allowlisted; a compressed retry schedule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PushItSupport {

    public static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    public static final String TOKEN = "admin-token";
    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        pushProperties("push_it_" + RUN).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Also used by the restart test, whose contexts are started by hand. */
    public static Map<String, String> pushProperties(String database) {
        return Map.ofEntries(Map.entry("spring.mongodb.database", database),
                Map.entry("newsflow.publish.group", database), Map.entry("newsflow.publish.admin-token", TOKEN),
                Map.entry("newsflow.publish.push.allowed-hosts", "127.0.0.1"),
                Map.entry("newsflow.publish.push.retry-schedule", "0s,200ms,400ms,400ms,400ms"),
                Map.entry("newsflow.publish.push.request-timeout", "2s"),
                Map.entry("newsflow.publish.push.connect-timeout", "1s"),
                Map.entry("newsflow.publish.push.lease", "3s"),
                Map.entry("newsflow.publish.push.sweep-interval", "300ms"),
                Map.entry("newsflow.publish.push.heartbeat", "1s"),
                Map.entry("newsflow.publish.websub.min-lease", "1s"),
                Map.entry("newsflow.publish.websub.retry-delay", "200ms"),
                Map.entry("newsflow.publish.websub.retry-max-delay", "400ms"),
                Map.entry("newsflow.publish.websub.sweep-interval", "200ms"));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    protected void publish(ArticleEnriched article) throws Exception {
        publish(article.id(), article);
    }

    /** Records with one key share a partition, so they are consumed in the order sent. */
    protected void publish(String key, ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, key, EventCodec.encode(article))).get();
    }

    /** As enrich-service sends it: with the W3C trace context the article carries from ingest. */
    protected void publish(ArticleEnriched article, String traceparent) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(),
                EventCodec.encode(article));
        record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // a plain producer: the application's template would start a trace of its own for a send from a test thread
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(record).get();
        }
    }

    protected HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return call(port, method, path, json);
    }

    public static HttpResponse<String> call(int port, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return EventCodec.mapper().readTree(response.body());
    }

    protected JsonNode subscribe(String json) throws Exception {
        HttpResponse<String> response = admin("POST", "/api/subscriptions", json);
        if (response.statusCode() != 201) {
            throw new AssertionError("subscription refused: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /**
     * Starts a publish-service of its own, the properties as command-line arguments: they win over application.yml,
     * as the environment does in production. For tests that stop and restart the service.
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PublishApplication.class).run(args);
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
