package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Recommendation;
import io.newsflow.model.Topics;
import io.newsflow.publish.article.ReadModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishFeedIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    ReadModel readModel;

    @Test
    void listsANewlyEnrichedArticleFirstInTheLatestFeed() throws Exception {
        ArticleEnriched article = enriched("a-" + UUID.randomUUID(), 1, "“六外联动”,长宁构建大外事工作格局", Instant.now());

        send(article);

        JsonNode first = await().atMost(Duration.ofSeconds(30)).until(() -> item(article.id()), item -> item != null);
        assertThat(first.get("title").asString()).isEqualTo("“六外联动”,长宁构建大外事工作格局");
        assertThat(first.get("url").asString()).endsWith("/articles/" + article.id());
        assertThat(first.get("tags").toString()).contains("长宁");
        assertThat(first.get("_newsflow").get("categories").get(0).get("label").asString()).isEqualTo("国内新闻 > 上海新闻");
        assertThat(first.get("content_html").asString()).doesNotContain("<script");
    }

    @Test
    void answersNotModifiedUntilANewArticleArrives() throws Exception {
        String run = UUID.randomUUID().toString();
        String feed = "/feeds/latest.json?filter_title=" + run;
        ArticleEnriched first = enriched("b-" + run, 1, "第一篇 " + run, Instant.now());
        send(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> firstItem(feed), item -> item != null
                && first.id().equals(item.get("id").asString()));
        HttpResponse<String> full = get(feed, null);
        String etag = full.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> notModified = get(feed, etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        ArticleEnriched second = enriched("c-" + run, 1, "第二篇 " + run, Instant.now().plusSeconds(60));
        send(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(feed, etag).statusCode() == 200);
        assertThat(firstItem(feed).get("id").asString()).isEqualTo(second.id());
    }

    @Test
    void keepsTheNewestVersionWhenAnOlderOneArrivesLate() throws Exception {
        String id = "d-" + UUID.randomUUID();
        send(enriched(id, 2, "第二版", Instant.now()));
        send(enriched(id, 1, "第一版", Instant.now()));
        ArticleEnriched marker = enriched("e-" + UUID.randomUUID(), 1, "标记", Instant.now());
        send(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/articles/" + marker.id(), null).statusCode() == 200);
        HttpResponse<String> article = get("/articles/" + id, null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("第二版").doesNotContain("第一版");
    }

    @Test
    void exposesReadinessAndPipelineMetricsForMachines() throws Exception {
        ArticleEnriched article = enriched("m-" + UUID.randomUUID(), 1, "指标", Instant.now());
        send(article);

        String metrics = await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/prometheus", null).body(),
                body -> body.contains("newsflow_pipeline_latency_seconds_bucket{stage=\"published\""));
        assertThat(metrics).contains("newsflow_articles_published_total");
        String readiness = get("/actuator/health/readiness", null).body();
        assertThat(readiness).contains("\"status\":\"UP\"").contains("\"kafka\"").contains("\"mongo\"");
    }

    @Test
    void answersProblemJsonForAnUnknownArticle() throws Exception {
        HttpResponse<String> response = get("/articles/no-such-article", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    private JsonNode firstItem(String feed) throws Exception {
        JsonNode items = EventCodec.mapper().readTree(get(feed, null).body()).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** The item with this id in the latest feed, after checking the feed is newest first (by millisecond, as cursors). */
    @Test
    void appliesAnOlderArticlesRelationsChangeToTheVersionItNamesInTheReadModelAndTheFeeds() throws Exception {
        String run = UUID.randomUUID().toString();
        ArticleEnriched older = enriched("r-" + run, 1, "旧文 " + run, Instant.now());
        ArticleEnriched newer = enriched("s-" + run, 1, "新文 " + run, Instant.now());
        send(older);
        send(newer);
        String recommended = "/feeds/recommended/" + older.id() + ".json";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(recommended, null).statusCode() == 200);
        assertThat(ids(recommended)).isEmpty();

        send(new ArticleRelationsChanged(older.id(), 2, older.enrichedAt().plusSeconds(2), null,
                List.of(new Recommendation("x-" + run, "另一版本", 0.9, List.of())), List.of()));
        send(new ArticleRelationsChanged(older.id(), 1, older.enrichedAt().plusSeconds(1), null,
                List.of(new Recommendation(newer.id(), newer.article().title(), 0.5, List.of("长宁"))), List.of("晚报")));

        await().atMost(Duration.ofSeconds(30)).until(() -> ids(recommended), ids -> ids.equals(List.of(newer.id())));
        ArticleEnriched stored = await().atMost(Duration.ofSeconds(30)).until(() -> readModel.find(older.id())
                .orElse(null), a -> a != null && !a.recommendations().isEmpty());
        assertThat(stored.recommendations()).extracting(Recommendation::articleId).containsExactly(newer.id());
        assertThat(stored.alsoReportedBy()).containsExactly("晚报");
        assertThat(stored.article().title()).isEqualTo(older.article().title());
        assertThat(stored.keywords()).isEqualTo(older.keywords());
    }

    private List<String> ids(String feed) throws Exception {
        return EventCodec.mapper().readTree(get(feed, null).body()).get("items").valueStream()
                .map(i -> i.get("id").asString()).toList();
    }

    private void send(ArticleRelationsChanged change) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, change.id(),
                EventCodec.encode(change));
        CloudEvent.of(CloudEvent.TYPE_RELATIONS_CHANGED, "/test").toHeaders().forEach(record.headers()::add);
        kafka.send(record).get();
    }

    private JsonNode item(String id) throws Exception {
        JsonNode items = EventCodec.mapper().readTree(get("/feeds/latest.json", null).body()).get("items");
        List<Instant> dates = items.valueStream().map(i -> Instant.parse(i.get("date_published").asString())
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        return items.valueStream().filter(i -> id.equals(i.get("id").asString())).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void send(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
    }

    static ArticleEnriched enriched(String id, int version, String title, Instant publishedAt) {
        return Articles.enriched(id, version, title, publishedAt);
    }
}
