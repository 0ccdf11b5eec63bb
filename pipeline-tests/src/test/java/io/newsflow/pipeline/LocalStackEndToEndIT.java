package io.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.TopicReader;
import io.newsflow.model.Topics;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's first command, end to end: the local stack starts Kafka, the Mongo-wire server and the three
 * services, ingests seeds/, and the seed article reaches the feed with its category and keywords. SIGTERM stops
 * every process; a second start keeps the data and duplicates nothing.
 */
class LocalStackEndToEndIT {

    static final String SEED_TITLE = "“六外联动”,长宁构建大外事工作格局";
    static final Path SEED = LocalStackProcess.ROOT.resolve("seeds/000_d0bc87dd1b79bb39.txt");
    private static final String TOKEN = "e2e-token";

    @TempDir
    Path dataDir;

    @Test
    void seedPageFlowsFromIngestToTheFeedAndSurvivesARestart() throws Exception {
        String articleId;
        try (LocalStackProcess stack = new LocalStackProcess(dataDir, TOKEN).start()) {
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(180)).until(() -> stack.printed("newsflow is up") || !stack.isAlive());
            assertThat(stack.isAlive()).as("stack output: %s", stack.output()).isTrue();
            JsonNode item = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Http.feedItem(stack.publishUrl() + "/feeds/latest.json", SEED_TITLE), i -> i != null);
            System.out.printf("local stack: seed article in the feed %.1f s after start; %s%n",
                    (System.nanoTime() - started) / 1e9, stack.output().stream()
                            .filter(line -> line.contains("newsflow is up")).findFirst().orElse(""));

            assertSeedItem(item);
            articleId = item.get("id").asString();
            // The second category is the taxonomy topic; its category feed carries the article.
            JsonNode topic = item.get("_newsflow").get("categories").get(1);
            assertThat(topic.get("code").asString()).matches("[a-z-]+");
            assertThat(Http.feedItem(stack.publishUrl() + "/feeds/categories/" + topic.get("code").asString()
                    + ".json", SEED_TITLE)).isNotNull();
            assertThat(stack.printed("is directory source")).as("output: %s", stack.output()).isTrue();

            HttpResponse<String> again = Http.post(stack.ingestUrl() + "/api/pages", TOKEN, "text/plain; charset=UTF-8",
                    Files.readAllBytes(SEED));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Http.json(again.body()).get("status").asString()).isEqualTo("duplicate");

            JsonNode ingested = Http.json(Http.get(stack.ingestUrl() + "/api/articles/" + articleId, TOKEN).body());
            assertThat(ingested.get("title").asString()).isEqualTo(SEED_TITLE);
            assertThat(ingested.get("publishedAt").asString()).isEqualTo("2021-10-15T07:08:02Z");
            assertThat(ingested.get("source").asString()).isEqualTo("长宁时报");
            assertThat(ingested.get("author").asString()).isEmpty();
            assertThat(ingested.get("body").get("text").asString()).startsWith("围绕虹桥国际开放枢纽建设")
                    .doesNotContain("关键词").doesNotContain("最近更新").doesNotContain("推荐资讯");

            assertSingleRawEventWithCloudEventsHeaders(stack.bootstrapServers(), articleId);

            List<ProcessHandle> children = stack.descendants();
            assertThat(children).hasSizeGreaterThanOrEqualTo(3);
            assertStopsCleanly(stack);
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        }

        try (LocalStackProcess stack = new LocalStackProcess(dataDir, TOKEN).start()) {
            await().atMost(Duration.ofSeconds(180)).until(() -> stack.printed("newsflow is up") || !stack.isAlive());
            assertThat(stack.isAlive()).as("stack output: %s", stack.output()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> stack.printed("already registered"));

            JsonNode item = await().atMost(Duration.ofSeconds(60))
                    .until(() -> Http.feedItem(stack.publishUrl() + "/feeds/latest.json", SEED_TITLE), i -> i != null);
            assertSeedItem(item);
            HttpResponse<String> stored = Http.get(stack.publishUrl() + "/articles/" + articleId, null);
            assertThat(stored.statusCode()).isEqualTo(200);
            assertSingleRawEventWithCloudEventsHeaders(stack.bootstrapServers(), articleId);
            assertStopsCleanly(stack);
        }
    }

    /** A JVM ended by SIGTERM exits with 143 after its shutdown hooks ran; the hook reports when all is stopped. */
    private static void assertStopsCleanly(LocalStackProcess stack) throws InterruptedException {
        assertThat(stack.stop()).isIn(0, 143);
        await().atMost(Duration.ofSeconds(5)).until(() -> stack.printed("[local-stack] stopped"));
    }

    static void assertSeedItem(JsonNode item) {
        assertThat(item.get("title").asString()).isEqualTo(SEED_TITLE);
        assertThat(item.get("_newsflow").get("categories").get(0).get("label").asString())
                .isEqualTo("国内新闻 > 上海新闻");
        assertThat(item.get("tags").valueStream().map(JsonNode::asString).toList()).contains("长宁");
        assertThat(item.get("date_published").asString()).isEqualTo("2021-10-15T07:08:02Z");
    }

    private static void assertSingleRawEventWithCloudEventsHeaders(String bootstrap, String articleId) {
        try (TopicReader raw = new TopicReader(bootstrap, Topics.ARTICLES_RAW)) {
            List<TopicReader.Message> events = await().atMost(Duration.ofSeconds(30))
                    .until(raw::poll, messages -> messages.stream().anyMatch(m -> articleId.equals(m.key())));
            List<TopicReader.Message> seedEvents = events.stream().filter(m -> articleId.equals(m.key())).toList();
            assertThat(seedEvents).hasSize(1);
            assertThat(seedEvents.get(0).headers())
                    .containsKeys("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion")
                    .containsEntry("ce_type", "io.newsflow.article.ingested.v1")
                    .containsEntry("ce_specversion", "1.0");
        }
    }
}
