package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.support.mongo.MongoCommandCounter;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.max-body-size=64KB",
            "newsflow.ingest.max-event-size=48KB"})
class IngestApiIT {

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

    IngestClient client;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void client() {
        client = new IngestClient(port, "test-token");
    }

    @Test
    void parsesTheSeedPageAndPublishesItWithCloudEventsHeaders() throws Exception {
        HttpResponse<String> response = client.post("/api/pages", "text/plain; charset=UTF-8", seedPage());

        assertThat(response.statusCode()).isIn(200, 202);
        String id = json(response).get("id").asString();
        ArticleIngested article = EventCodec.decode(client.get("/api/articles/" + id).body()
                .getBytes(StandardCharsets.UTF_8), ArticleIngested.class);
        assertThat(article.breadcrumb()).containsExactly("国内新闻", "上海新闻");
        assertThat(article.title()).isEqualTo("“六外联动”,长宁构建大外事工作格局");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2021-10-15T07:08:02Z"));
        assertThat(article.source()).isEqualTo("长宁时报");
        assertThat(article.author()).isEmpty();
        assertThat(article.body().text()).startsWith("围绕虹桥国际开放枢纽建设")
                .doesNotContain("关键词").doesNotContain("最近更新").doesNotContain("推荐资讯");
        TopicReader.Message event = awaitEvents(id).get(0);
        assertThat(event.headers()).containsEntry("ce_type", "io.newsflow.article.ingested.v1")
                .containsEntry("ce_specversion", "1.0").containsKeys("ce_id", "ce_source", "ce_time", "traceparent");
    }

    @Test
    void readsGbkAndBig5PagesWhoseCharsetIsOnlyInTheirMetaTag() throws Exception {
        for (String page : List.of("p02-gbk-portal.html", "p03-big5-trad.html")) {
            byte[] bytes;
            try (InputStream in = IngestApiIT.class.getResourceAsStream("/pages/" + page)) {
                bytes = in.readAllBytes();
            }
            HttpResponse<String> response = client.post("/api/pages?url=https://portal.example.cn/" + page,
                    "text/html", bytes);
            assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
            JsonNode stored = json(client.get("/api/articles/" + json(response).get("id").asString()));
            assertThat(stored.get("title").asString()).isIn("运河沿岸老厂房改造成市民文化空间", "港口貨運量連續三個月回升");
            assertThat(stored.get("canonicalUrl").asString()).isEqualTo("https://portal.example.cn/" + page);
        }
    }

    @Test
    void exposesIngestCountersForPrometheus() throws Exception {
        client.postJson(article("计数 " + UUID.randomUUID(), "计数正文。"));

        HttpResponse<String> metrics = client.withoutToken().get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("newsflow_articles_ingested_total{origin=\"api\",result=\"accepted\"");
    }

    @Test
    void acceptsJsonAndAnswersARepeatAsDuplicateWithoutASecondEvent() throws Exception {
        String article = article("重复测试 " + UUID.randomUUID(), "第一段正文内容。");

        HttpResponse<String> first = client.postJson(article);
        HttpResponse<String> second = client.postJson(article);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(json(first).get("status").asString()).isEqualTo("accepted");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("status").asString()).isEqualTo("duplicate");
        String id = json(first).get("id").asString();
        assertThat(json(second).get("id").asString()).isEqualTo(id);
        String marker = json(client.postJson(article("标记 " + UUID.randomUUID(), "标记正文。"))).get("id").asString();
        awaitEvents(marker);
        assertThat(eventsFor(id)).hasSize(1);
    }

    @Test
    void changedContentAtTheSameUrlIsANewVersionOfTheSameArticle() throws Exception {
        String url = "https://news.example.cn/a/" + UUID.randomUUID() + ".html";
        HttpResponse<String> first = client.postJson(withUrl(article("版本测试", "原来的正文。"), url));
        HttpResponse<String> second = client.postJson(withUrl(article("版本测试", "修改后的正文。"), url + "?utm_source=x#top"));

        assertThat(json(second).get("id").asString()).isEqualTo(json(first).get("id").asString());
        assertThat(json(second).get("version").asInt()).isEqualTo(2);
        List<TopicReader.Message> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsFor(json(first).get("id").asString()), list -> list.size() == 2);
        assertThat(EventCodec.decode(events.get(1).value(), ArticleIngested.class).body().text()).isEqualTo("修改后的正文。");
        JsonNode stored = json(client.get("/api/articles/" + json(first).get("id").asString()));
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("status").asString()).isEqualTo("accepted");
        assertThat(stored.get("versions").valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(1, 2);
    }

    @Test
    void batchAnswersOneResultLinePerInputLine() throws Exception {
        String fresh = article("批量 " + UUID.randomUUID(), "批量正文。");
        String ndjson = fresh + "\n" + fresh + "\n{\"title\": broken\n\n{\"body\":\"没有标题\"}\n";

        HttpResponse<String> response = client.post("/api/articles:batch", "application/x-ndjson",
                ndjson.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> lines = response.body().lines().map(line -> EventCodec.mapper().readTree(line)).toList();
        assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 3, 5);
        assertThat(lines).extracting(line -> line.get("result").asString())
                .containsExactly("accepted", "duplicate", "rejected", "rejected");
        assertThat(lines).extracting(line -> line.get("status").asInt()).containsExactly(202, 200, 400, 422);
        assertThat(lines.get(3).get("reason").asString()).contains("title");
        String id = lines.get(0).get("id").asString();
        assertThat(lines.get(1).get("id").asString()).isEqualTo(id);
        String marker = json(client.postJson(article("标记 " + UUID.randomUUID(), "标记正文。"))).get("id").asString();
        awaitEvents(marker);
        assertThat(eventsFor(id)).hasSize(1);
    }

    @Test
    void aBatchCostsTheStoreOneReadAndOneWriteNotOnePerLine() throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ndjson.append(article("成本 " + i + " " + UUID.randomUUID(), "正文第" + i + "段。")).append('\n');
        }
        byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);

        long before = MongoCommandCounter.total(meters);
        HttpResponse<String> fresh = client.post("/api/articles:batch", "application/x-ndjson", body);
        long afterFresh = MongoCommandCounter.total(meters);
        HttpResponse<String> again = client.post("/api/articles:batch", "application/x-ndjson", body);
        long afterAgain = MongoCommandCounter.total(meters);

        System.out.printf("ingest: %d MongoDB commands for 100 new lines, %d for the same 100 again%n",
                afterFresh - before, afterAgain - afterFresh);
        assertThat(fresh.body().lines()).hasSize(100).allSatisfy(line -> assertThat(line).contains("accepted"));
        assertThat(again.body().lines()).hasSize(100).allSatisfy(line -> assertThat(line).contains("duplicate"));
        assertThat(afterFresh - before).isLessThanOrEqualTo(2);
        assertThat(afterAgain - afterFresh).isLessThanOrEqualTo(1);
    }

    @Test
    void refusesAMisspeltFieldByNameInAnArticleAndInABatchLine() throws Exception {
        String misspelt = "{\"tittle\":\"标题\",\"body\":\"正文。\"}";

        HttpResponse<String> single = client.postJson(misspelt);
        HttpResponse<String> batch = client.post("/api/articles:batch", "application/x-ndjson",
                (misspelt + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(single.statusCode()).isEqualTo(400);
        assertThat(single.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(single).get("detail").asString()).contains("unknown field 'tittle' (did you mean 'title'?)");
        assertThat(batch.body()).contains("\"status\":400").contains("did you mean 'title'?");
    }

    @Test
    void refusesRequestsWithoutTheToken() throws Exception {
        HttpResponse<String> response = client.withoutToken().postJson(article("无令牌", "正文。"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(new IngestClient(port, "wrong").get("/api/articles/x").statusCode()).isEqualTo(401);
    }

    @Test
    void answersBadInputWithProblemJson() throws Exception {
        assertProblem(client.postJson("{\"body\":\"只有正文\"}"), 422);
        assertProblem(client.postJson("{\"title\":\"只有标题\"}"), 422);
        assertProblem(client.postJson("{\"title\": \"坏的 JSON"), 400);
        assertProblem(client.post("/api/articles", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(client.post("/api/pages", "text/plain", "太短".getBytes(StandardCharsets.UTF_8)), 422);
        assertProblem(client.post("/api/pages", "text/plain", new byte[70 * 1024]), 413);
        assertProblem(client.get("/api/articles/does-not-exist"), 404);
        assertProblem(client.get("/api/articles/..%2F..%2Fadmin"), 400);
        assertProblem(client.get("/api/articles/%00"), 400);
    }

    @Test
    void answersOversizedAndNullArticlesWithProblemJsonNot5xx() throws Exception {
        assertProblem(client.postJson(article("过大的请求", "长".repeat(30_000))), 413);
        assertThat(client.postJson(article("过大的文章", "长".repeat(20_000))).body())
                .contains("\"title\":\"Article too large\"", "bytes as an event");
        assertProblem(client.postJson("{\"title\": 坏的}"), 400);
        assertThat(client.postJson("{\"title\": 坏的}").body()).contains("Malformed JSON").doesNotContain("Failed to read");

        HttpResponse<String> batch = client.post("/api/articles:batch", "application/x-ndjson",
                ("null\n" + article("过大的文章", "长".repeat(20_000)) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.body().lines().map(line -> EventCodec.mapper().readTree(line).get("status").asInt()))
                .containsExactly(422, 413);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"type\":\"https://newsflow.io/problems/")
                .doesNotContain("Exception").doesNotContain("at io.");
    }

    private static List<TopicReader.Message> awaitEvents(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(id), list -> !list.isEmpty());
    }

    private static synchronized List<TopicReader.Message> eventsFor(String id) {
        return raw.poll().stream().filter(m -> id.equals(m.key())).toList();
    }

    private static String article(String title, String body) {
        return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"source\":\"测试来源\","
                + "\"publishedAt\":\"2026-11-27T01:00:00Z\",\"breadcrumb\":[\"国内新闻\"]}";
    }

    private static String withUrl(String json, String url) {
        return json.replaceFirst("\\{", "{\"url\":\"" + url + "\",");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return EventCodec.mapper().readTree(response.body());
    }

    private static byte[] seedPage() throws Exception {
        try (InputStream in = IngestApiIT.class.getResourceAsStream("/pages/seed-000.txt")) {
            return in.readAllBytes();
        }
    }
}
