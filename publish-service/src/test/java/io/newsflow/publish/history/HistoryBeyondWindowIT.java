package io.newsflow.publish.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.Articles;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.delivery.PushItSupport;
import io.newsflow.publish.delivery.Receiver;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Feeds, the stream, pull cursors and recovery reaching past an in-memory window of 20 articles: 45 articles of
 * this run, published oldest first, so the oldest 25 (and more, as other tests' articles share the topic) are
 * known only to the read model in MongoDB. A database and consumer group of its own, the push settings of
 * {@link PushItSupport}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryBeyondWindowIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final int WINDOW = 20;
    private static final int COUNT = 45;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KW = "kw-" + RUN;
    private static final String BASE = "http://127.0.0.1:8080";
    private static List<ArticleEnriched> corpus;
    private static String pull;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        PushItSupport.pushProperties("history_it_" + RUN).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("newsflow.publish.cache-size", () -> WINDOW);
        registry.add("newsflow.publish.feed-size", () -> 10);
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    PublishProperties properties;

    /** Article i was published i minutes before the newest; the oldest is sent (and enriched) first. */
    @BeforeEach
    void publishCorpus() throws Exception {
        assertThat(properties.cacheSize()).isEqualTo(WINDOW);
        if (corpus != null) {
            return;
        }
        pull = json(admin("POST", "/api/subscriptions", "{\"filters\":{\"keywords\":[\"" + KW + "\"]}}"))
                .get("id").asString();
        Instant newest = Instant.now().minus(Duration.ofHours(1));
        List<ArticleEnriched> articles = new ArrayList<>();
        for (int i = COUNT - 1; i >= 0; i--) {
            List<String> category = i % 3 == 0 ? List.of("国内新闻", "上海新闻") : i % 3 == 1 ? List.of("体育", "马拉松")
                    : List.of("财经");
            List<String> keywords = i % 4 == 0 ? List.of(KW, "长宁") : List.of(KW);
            ArticleEnriched article = Articles.enriched(id(i), 1, "长宁新闻第" + i + "条" + (i % 5 == 0 ? " 进博会" : ""),
                    newest.minus(Duration.ofMinutes(i)), category, i % 2 == 0 ? "src-" + RUN : "长宁时报", keywords,
                    List.of());
            articles.add(article);
            send(article);
        }
        await().atMost(WAIT).until(() -> page("/feeds/keywords/" + KW + ".json?limit=50").size() == COUNT);
        corpus = List.copyOf(articles);
    }

    @Test
    void pagesEveryFeedKindToItsEndAcrossTheWindowWithEachArticleOnce() throws Exception {
        assertThat(page("/feeds/keywords/" + KW + ".json?limit=7")).containsExactlyElementsOf(ids(i -> true));
        assertThat(page("/feeds/sources/src-" + RUN + ".json?limit=6")).containsExactlyElementsOf(ids(i -> i % 2 == 0));
        assertThat(page("/feeds/categories/体育.json?filter_keyword=" + KW + "&limit=4"))
                .containsExactlyElementsOf(ids(i -> i % 3 == 1));
        List<String> latest = page("/feeds/latest.json?limit=9");
        assertThat(latest).doesNotHaveDuplicates();
        assertThat(latest.stream().filter(id -> id.startsWith("h") && id.endsWith("-" + RUN)).toList())
                .containsExactlyElementsOf(ids(i -> true));
    }

    @Test
    void pagesAFilteredTraditionalChineseFeedWithItsFiltersLanguageAndModeOnEveryPage() throws Exception {
        List<JsonNode> pages = pages("/feeds/categories/国内新闻/上海新闻.json?filter_keyword=" + KW
                + "&filterout_title=" + enc("进博会") + "&lang=zh-Hant&mode=brief&limit=3");
        List<String> items = new ArrayList<>();
        pages.forEach(p -> p.get("items").forEach(item -> {
            items.add(item.get("id").asString());
            assertThat(item.get("title").asString()).startsWith("長寧新聞第");
            assertThat(item.has("content_html")).isFalse();
        }));
        assertThat(items).containsExactlyElementsOf(ids(i -> i % 3 == 0 && i % 5 != 0));
        assertThat(pages).allSatisfy(p -> assertThat(p.get("language").asString()).isEqualTo("zh-Hant"));
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(p -> assertThat(p.get("next_url").asString())
                .contains("lang=zh-Hant").contains("mode=brief").contains("filterout_title=").contains("filter_keyword="));
    }

    @Test
    void resumesAStreamFromAnEventOlderThanTheWindowWithEveryLaterEventOnceThenLive() throws Exception {
        List<ArticleEnriched> byEvent = corpus.stream().sorted(Comparator.comparing(HistoryBeyondWindowIT::eventOrder))
                .toList();
        ArticleEnriched resumeAfter = byEvent.get(4);
        List<String> expected = new ArrayList<>(byEvent.subList(5, byEvent.size()).stream()
                .map(HistoryBeyondWindowIT::eventId).toList());
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/stream/articles?keyword=" + KW + "&keyword=live-" + RUN)).header("Accept", "text/event-stream")
                .header("Last-Event-ID", eventId(resumeAfter)).build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        await().atMost(WAIT).until(() -> lines.contains(":connected"));

        ArticleEnriched live = Articles.enriched("live-" + RUN, 1, "直播", Instant.now(), List.of("财经"), "长宁时报",
                List.of("live-" + RUN), List.of());
        send(live);
        expected.add(eventId(live));
        await().atMost(WAIT).until(() -> lines.contains("id:" + eventId(live)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> ids(lines).equals(expected));
    }

    @Test
    void pullsFromACursorOlderThanTheWindowAndAfterTheAcknowledgedOne() throws Exception {
        String events = "/api/subscriptions/" + pull + "/events";
        List<String> inQueueOrder = corpus.stream().map(ArticleEnriched::id).toList();
        await().atMost(WAIT).until(() -> articleIds(json(admin("GET", events + "?after=0&limit=500", null))).size()
                == COUNT);
        assertThat(articleIds(json(admin("GET", events + "?after=0&limit=500", null))))
                .containsExactlyElementsOf(inQueueOrder);
        assertThat(articleIds(json(admin("GET", events + "?after=3&limit=5", null))))
                .containsExactlyElementsOf(inQueueOrder.subList(3, 8));
        admin("POST", "/api/subscriptions/" + pull + "/ack", "{\"cursor\":10}");
        assertThat(articleIds(json(admin("GET", events + "?limit=500", null))))
                .containsExactlyElementsOf(inQueueOrder.subList(10, COUNT));
    }

    @Test
    void recoverRedeliversAGivenUpMessageOlderThanTheWindowUnderItsOriginalWebhookIdOnce() throws Exception {
        // five attempts (the schedule's length) fail, so the first message is given up on; later ones succeed
        try (Receiver receiver = new Receiver(n -> n <= 5 ? 503 : 200)) {
            String kw = "recover-" + RUN;
            String id = json(admin("POST", "/api/subscriptions", "{\"callback\":\"" + receiver.url("/hook")
                    + "\",\"filters\":{\"keywords\":[\"" + kw + "\"]}}")).get("id").asString();
            Instant since = Instant.now();
            send(Articles.enriched("lost-" + RUN, 1, "送不到", Instant.now().minus(Duration.ofDays(3)), List.of("财经"),
                    "长宁时报", List.of(kw), List.of()));
            await().atMost(WAIT).until(() -> receiver.received().size() == 5 && depth(id) == 0);
            send(Articles.enriched("fine-" + RUN, 1, "送到了", Instant.now().minus(Duration.ofDays(2)), List.of("财经"),
                    "长宁时报", List.of(kw), List.of()));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            assertThat(page("/feeds/keywords/" + kw + ".json?limit=50")).containsExactly("fine-" + RUN, "lost-" + RUN);

            JsonNode recovered = json(admin("POST", "/api/subscriptions/" + id + "/recover?since=" + since, null));

            assertThat(recovered.get("requeued").asInt()).isEqualTo(1);
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 2);
            Receiver.Received again = receiver.delivered().get(1);
            assertThat(again.header("webhook-id")).isEqualTo("msg_lost-" + RUN + "_v1");
            assertThat(again.body()).isEqualTo(receiver.received().get(0).body());
            assertThat(json(admin("POST", "/api/subscriptions/" + id + "/recover?since=" + since, null))
                    .get("requeued").asInt()).isZero();
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.received().size() == 7);
        }
    }

    private long depth(String subscription) throws Exception {
        return json(admin("GET", "/api/subscriptions/" + subscription, null)).get("health").get("queueDepth").asLong();
    }

    /** The ids of this run's articles for which {@code wanted} holds, newest first. */
    private static List<String> ids(IntPredicate wanted) {
        return IntStream.range(0, COUNT).filter(wanted).mapToObj(HistoryBeyondWindowIT::id).toList();
    }

    private static String id(int i) {
        return "h" + i + "-" + RUN;
    }

    /** As the service orders stream events and names them: enrichment time in milliseconds, then id. */
    private static String eventOrder(ArticleEnriched article) {
        return String.format("%015d|%s", article.enrichedAt().toEpochMilli(), article.id());
    }

    private static String eventId(ArticleEnriched article) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((article.enrichedAt().toEpochMilli() + "|"
                + article.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("id:")).map(l -> l.substring(3)).toList();
    }

    private static List<String> articleIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("articleId").asString()));
        return ids;
    }

    /** Item ids of every page, following next_url to the end. */
    private List<String> page(String first) throws Exception {
        List<String> ids = new ArrayList<>();
        pages(first).forEach(p -> p.get("items").forEach(item -> ids.add(item.get("id").asString())));
        return ids;
    }

    private List<JsonNode> pages(String first) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = feed(first);
        pages.add(page);
        while (page.has("next_url")) {
            assertThat(pages).as("pages of %s", first).hasSizeLessThan(100);
            page = feed(page.get("next_url").asString().substring(BASE.length()));
            pages.add(page);
        }
        return pages;
    }

    private JsonNode feed(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return EventCodec.mapper().readTree(response.body());
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return PushItSupport.call(port, method, path, json);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return PushItSupport.json(response);
    }

    /** One key for all, so they are consumed (and enriched-ordered) in the order sent. */
    private void send(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "history-" + RUN, EventCodec.encode(article))).get();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
}
