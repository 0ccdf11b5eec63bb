package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Parse warnings travel with a page's article: into the API's view, onto the raw topic, and into a counter per
 * site, as the real page reader raises them for the fields a page does not show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsflow.ingest.token=test-token")
class ParseWarningsIT {

    private static TopicReader raw;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void readRawTopic() {
        raw = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_RAW);
    }

    @AfterAll
    static void closeReader() {
        raw.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    IngestClient client;

    @BeforeEach
    void setUp() throws Exception {
        client = new IngestClient(port, "test-token");
    }

    @Test
    void pageWithoutSourceOrAuthorComesBackWithParseWarnings() throws Exception {
        String url = "https://www.warn-" + UUID.randomUUID() + ".example.cn/a/1.html";

        HttpResponse<String> response = postPage(url, pageWithoutSourceOrAuthor("围绕虹桥国际开放枢纽建设"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = json(response).get("id").asString();
        JsonNode stored = json(client.get("/api/articles/" + id));
        assertThat(stored.get("source").asString()).isEmpty();
        assertThat(stored.get("author").asString()).isEmpty();
        assertThat(stored.get("parseWarnings").valueStream().map(w -> w.get("field").asString()).toList())
                .contains("source", "author").doesNotContain("publishedAt", "breadcrumb");
        assertThat(stored.get("parseWarnings").valueStream().map(w -> w.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank());
        ArticleIngested event = await().atMost(Duration.ofSeconds(30)).until(() -> eventFor(id), e -> e != null);
        assertThat(event.parseWarnings()).extracting(w -> w.field()).contains("source", "author");
    }

    @Test
    void countsParseWarningsPerSiteOncePerAcceptedVersion() throws Exception {
        String host = "warn-" + UUID.randomUUID() + ".example.cn";
        String otherHost = "warn-" + UUID.randomUUID() + ".example.org";

        postPage("https://www." + host + "/a/1.html", pageWithoutSourceOrAuthor("第一版正文"));
        HttpResponse<String> repeat = postPage("https://m." + host + "/a/1.html?utm_source=feed",
                pageWithoutSourceOrAuthor("第一版正文"));
        HttpResponse<String> second = postPage("https://" + host + "/a/1.html", pageWithoutSourceOrAuthor("第二版正文"));
        postPage("https://" + host + "/a/2.html", pageWithoutSourceOrAuthor("另一篇文章"));
        postPage("https://" + otherHost + "/b.html", pageWithoutSourceOrAuthor("别处的文章"));

        assertThat(json(repeat).get("status").asString()).isEqualTo("duplicate");
        assertThat(json(second).get("version").asInt()).isEqualTo(2);
        Map<String, Double> counts = warningCounts();
        assertThat(counts).containsEntry("source@" + host, 3.0).containsEntry("author@" + host, 3.0)
                .containsEntry("source@" + otherHost, 1.0).containsEntry("author@" + otherHost, 1.0);
    }

    @Test
    void articleStoredBeforeParseWarningsExistedStillLoads() throws Exception {
        String id = "old-" + UUID.randomUUID();
        ArticleIngested old = new ArticleIngested(id, null, null, "旧文章", new Body("旧正文。", "<p>旧正文。</p>"),
                Instant.parse("2021-10-15T07:08:02Z"), "长宁时报", "", List.of("国内新闻"), "zh-Hans", "0".repeat(64), 1,
                Instant.parse("2026-01-01T00:00:00Z"), Origin.PAGE, List.of());
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(Map.of("latest", old,
                "versions", List.of(Map.of("version", 1, "contentHash", "0".repeat(64),
                        "ingestedAt", "2026-01-01T00:00:00Z")))));
        document.put("_id", id);
        assertThat(document.get("latest", Document.class)).doesNotContainKey("parseWarnings");
        mongo.getCollection("articles").insertOne(document);

        HttpResponse<String> response = client.get("/api/articles/" + id);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("title").asString()).isEqualTo("旧文章");
        assertThat(json(response).get("parseWarnings").isArray()).isTrue();
        assertThat(json(response).get("parseWarnings").isEmpty()).isTrue();
    }

    /** {@code field@site} to the count the Prometheus endpoint shows for it. */
    private Map<String, Double> warningCounts() throws Exception {
        HttpResponse<String> metrics = client.withoutToken().get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        Map<String, Double> counts = new HashMap<>();
        metrics.body().lines().filter(line -> line.startsWith("newsflow_ingest_parse_warnings_total{")).forEach(line -> {
            String field = label(line, "field");
            String source = label(line, "source");
            counts.put(field + "@" + source, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        });
        return counts;
    }

    private static String label(String line, String name) {
        int start = line.indexOf(name + "=\"") + name.length() + 2;
        return line.substring(start, line.indexOf('"', start));
    }

    private HttpResponse<String> postPage(String url, byte[] page) throws Exception {
        HttpResponse<String> response = client.post("/api/pages?url=" + url, "text/plain; charset=UTF-8", page);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        return response;
    }

    /** The seed page with its meta line cut down to the publish time, and a body of its own. */
    private static byte[] pageWithoutSourceOrAuthor(String firstWords) throws Exception {
        String seed;
        try (InputStream in = ParseWarningsIT.class.getResourceAsStream("/pages/seed-000.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String page = seed.replaceAll("来源:[^\\n]*", "").replace("围绕虹桥国际开放枢纽建设", firstWords);
        assertThat(page).doesNotContain("来源").doesNotContain("作者").contains(firstWords);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static synchronized ArticleIngested eventFor(String id) {
        return raw.poll().stream().filter(m -> id.equals(m.key()))
                .map(m -> EventCodec.decode(m.value(), ArticleIngested.class)).findFirst().orElse(null);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return EventCodec.mapper().readTree(response.body());
    }
}
