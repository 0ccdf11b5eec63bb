package io.newsflow.publish.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.Articles;
import io.newsflow.publish.delivery.PushItSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArticleStreamIT extends PushItSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void streamsMatchingArticlesWithHeartbeatsAndResumesAfterTheLastEventId() throws Exception {
        String kw = "sse-" + RUN;
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> live = open("?keyword=" + kw + "&category=" + enc("国内新闻"), null);
        assertThat(live.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/event-stream"));
        Thread reader = new Thread(() -> live.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        publish(Articles.enriched("sse1-" + RUN, 1, "第一条", Instant.now(), List.of("国内新闻", "上海新闻"), "长宁时报",
                List.of(kw), List.of()));
        publish(Articles.enriched("sse-other-" + RUN, 1, "别的分类", Instant.now(), List.of("体育"), "长宁时报",
                List.of(kw), List.of()));
        publish(Articles.enriched("sse2-" + RUN, 1, "第二条", Instant.now(), List.of("国内新闻"), "长宁时报",
                List.of(kw), List.of()));
        await().atMost(WAIT).until(() -> lines.stream().filter(l -> l.startsWith("data:")).count() == 2
                && lines.stream().anyMatch(l -> l.equals(":heartbeat")));
        List<String> data = lines.stream().filter(l -> l.startsWith("data:")).toList();
        assertThat(EventCodec.mapper().readTree(data.get(0).substring(5)).get("data").get("article").get("id")
                .asString()).isIn("sse1-" + RUN, "sse2-" + RUN);
        assertThat(String.join("\n", lines)).contains("event:article").doesNotContain("sse-other-" + RUN);
        String first = cursorOf(lines, "sse1-" + RUN);
        String second = cursorOf(lines, "sse2-" + RUN);
        assertThat(first).isNotEmpty().isNotEqualTo(second);

        String filter = "?keyword=" + kw + "&category=" + enc("国内新闻");
        HttpResponse<Stream<String>> resumed = open(filter, first);
        List<String> replay = new CopyOnWriteArrayList<>();
        Thread again = new Thread(() -> resumed.body().forEach(replay::add));
        again.setDaemon(true);
        again.start();
        await().atMost(WAIT).until(() -> replay.contains("id:" + second));
        await().during(Duration.ofMillis(500)).until(() -> replay.stream().filter(l -> l.startsWith("id:")).toList()
                .equals(List.of("id:" + second)));
    }

    /** The id line comes two lines before the data line of the same event. */
    private static String cursorOf(List<String> lines, String articleId) {
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).startsWith("data:") && lines.get(i).contains("\"id\":\"" + articleId + "\"")) {
                return lines.get(i - 2).substring(3);
            }
        }
        return "";
    }

    private HttpResponse<Stream<String>> open(String query, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stream/articles"
                + query)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
