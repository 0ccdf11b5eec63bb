package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.net.URI;
import java.net.URLEncoder;
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

/** A feed URL asked for again is answered from its pre-rendered bytes (large ones by sendfile) exactly as the first time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreRenderedFeedsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> HEADERS = List.of("content-type", "content-length", "etag", "last-modified",
            "cache-control", "vary", "link");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void answersARepeatedLargeFeedWithTheSameBytesAndHeaders() throws Exception {
        String path = "/feeds/keywords/big" + RUN + ".json?limit=50";
        publish(50, "big" + RUN);
        await().atMost(Duration.ofSeconds(30)).until(() -> new String(get(path, null, null).body()).split("\"id\":\"big").length == 51);

        HttpResponse<byte[]> first = get(path + "&filterout=zz" + RUN, null, null);
        HttpResponse<byte[]> repeated = get(path + "&filterout=zz" + RUN, null, null);
        HttpResponse<byte[]> again = get(path + "&filterout=zz" + RUN, null, null);

        assertThat(first.body().length).isGreaterThan(64 * 1024);
        for (HttpResponse<byte[]> response : List.of(repeated, again)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(first.body());
            for (String header : HEADERS) {
                assertThat(response.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
            }
        }
        assertThat(first.headers().firstValue("content-length")).hasValue(Integer.toString(first.body().length));
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(get(path + "&filterout=zz" + RUN, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path + "&filterout=zz" + RUN, "Accept-Encoding", "gzip").headers().firstValue("content-encoding"))
                .hasValue("gzip");
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(uri(path + "&filterout=zz" + RUN))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void servesTheNewRenderingOnceAnArticleArrives() throws Exception {
        String keyword = "fresh" + RUN;
        String path = "/feeds/keywords/" + keyword + ".json";
        publish(1, keyword);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(path, null, null).statusCode() == 200
                && new String(get(path, null, null).body()).contains("\"id\":"));
        String etag = get(path, null, null).headers().firstValue("etag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        send(Articles.enriched("fresh-late-" + RUN, 1, "后来的报道", Instant.now(), List.of("财经"), "长宁时报",
                List.of(keyword), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> get(path, "If-None-Match", etag).statusCode() == 200);
        assertThat(new String(get(path, null, null).body())).contains("fresh-late-" + RUN);
    }

    @Test
    void percentEncodesAChinesePathInTheSelfLink() throws Exception {
        String keyword = "话题" + RUN;
        String path = "/feeds/keywords/" + URLEncoder.encode(keyword, StandardCharsets.UTF_8) + ".json";
        publish(1, keyword);
        await().atMost(Duration.ofSeconds(30)).until(() -> new String(get(path, null, null).body(), StandardCharsets.UTF_8)
                .contains(keyword + "-0"));

        for (HttpResponse<byte[]> response : List.of(get(path, null, null), get(path, null, null))) {
            assertThat(response.headers().allValues("link")).contains("<http://127.0.0.1:8080/feeds/keywords/"
                    + "%E8%AF%9D%E9%A2%98" + RUN + ".json>; rel=\"self\"");
        }
    }

    @Test
    void countsFeedResponsesForMachines() throws Exception {
        String path = "/feeds/latest.rss?filterout=" + RUN;
        get(path, null, null);
        get(path, null, null);
        String metrics = new String(get("/actuator/prometheus", null, null).body());
        assertThat(metrics).contains("newsflow_feed_responses_total{encoding=\"identity\",status=\"200\"}");
    }

    private void publish(int count, String keyword) throws Exception {
        String text = "围绕虹桥国际开放枢纽建设和加快推进数字化转型,长宁聚力提升国际精品城区软实力。".repeat(4);
        for (int i = 0; i < count; i++) {
            send(Articles.withBody(Articles.enriched(keyword + "-" + i, 1, "长宁外事工作报道第" + i + "篇",
                    Instant.now().minusSeconds(60 + i), List.of("国内新闻", "上海新闻"), "长宁时报", List.of(keyword),
                    List.of()), text));
        }
    }

    private void send(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
    }

    private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (header != null) {
            request.header(header, value);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
