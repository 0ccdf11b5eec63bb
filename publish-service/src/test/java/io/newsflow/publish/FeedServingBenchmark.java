package io.newsflow.publish;

import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A 50-item feed served by publish-service beside nginx serving the same bytes as a static file, in the same
 * run, both measured with wrk (full responses and 304 revalidations). Needs nginx and wrk from Debian; not part
 * of the test suite: run it as bench/feeds/README.md says. publish-service is warmed up by one unmeasured wrk run
 * of each kind first, so the JIT has compiled the serving path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=WARN")
class FeedServingBenchmark {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DURATION = System.getProperty("bench.duration", "10s");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    Environment environment;

    @Test
    void printsFeedServingBesideNginx() throws Exception {
        String path = "/feeds/keywords/bench" + RUN + ".json?limit=50";
        for (int i = 0; i < 50; i++) {
            ArticleEnriched article = withBody(Articles.enriched("bench-" + RUN + "-" + i, 1, "长宁外事工作报道第" + i + "篇",
                    Instant.now().minusSeconds(i), List.of("国内新闻", "上海新闻"), "长宁时报", List.of("长宁", "bench" + RUN),
                    List.of()));
            kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
        }
        String publishUrl = "http://127.0.0.1:" + port + path;
        await().atMost(Duration.ofSeconds(60)).until(() -> new String(get(publishUrl).body(), StandardCharsets.UTF_8)
                .split("\"id\":\"bench-").length == 51);
        HttpResponse<byte[]> feed = get(publishUrl);
        HttpResponse<byte[]> again = get(publishUrl);
        if (!Arrays.equals(again.body(), feed.body())
                || !again.headers().firstValue("Content-Length").equals(Optional.of(feed.body().length + ""))) {
            throw new IllegalStateException("a repeated request did not get the same bytes");
        }
        Path root = Files.createTempDirectory("nginx-bench-");
        Files.write(root.resolve("feed.json"), feed.body());
        // nginx workers run as an unprivileged user: they must be able to read the file.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root.resolve("feed.json"), PosixFilePermissions.fromString("rw-r--r--"));
        int nginxPort = FreePorts.next();
        Process nginx = startNginx(root, nginxPort);
        try {
            String nginxUrl = "http://127.0.0.1:" + nginxPort + "/feed.json";
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> get(nginxUrl).statusCode() == 200);
            String nginxEtag = get(nginxUrl).headers().firstValue("ETag").orElseThrow();
            String publishEtag = feed.headers().firstValue("ETag").orElseThrow();
            System.out.printf("%n| %d-item feed, %d bytes, wrk -t2 -c32 -d%s, %d cores, Tomcat threads.max=%s "
                    + "max-keep-alive-requests=%s | requests/s | p99 ms |%n|---|---|---|%n", 50, feed.body().length,
                    DURATION, Runtime.getRuntime().availableProcessors(),
                    environment.getProperty("server.tomcat.threads.max", "200"),
                    environment.getProperty("server.tomcat.max-keep-alive-requests", "100"));
            String loadBefore = Wrk.loadAverage();
            wrk(publishUrl, null);
            wrk(publishUrl, publishEtag);
            row("publish-service, full 200", wrk(publishUrl, null));
            row("nginx static file, full 200", wrk(nginxUrl, null));
            row("publish-service, 304", wrk(publishUrl, publishEtag));
            row("nginx static file, 304", wrk(nginxUrl, nginxEtag));
            System.out.printf("load average (1, 5, 15 min) before: %s, after: %s%n", loadBefore, Wrk.loadAverage());
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void row(String label, double[] result) {
        System.out.printf("| %s | %.0f | %.2f |%n", label, result[0], result[1]);
    }

    /** Requests per second and p99 latency in milliseconds. */
    private static double[] wrk(String url, String ifNoneMatch) throws Exception {
        Wrk.Result result = Wrk.run(url, DURATION, 32,
                ifNoneMatch == null ? List.of() : List.of("-H", "If-None-Match: " + ifNoneMatch));
        return new double[] {result.requestsPerSecond(), result.p99()};
    }

    private static Process startNginx(Path root, int port) throws Exception {
        Files.writeString(root.resolve("nginx.conf"), """
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp;
                  default_type application/feed+json;
                  server { listen 127.0.0.1:%2$d; root %1$s; etag on; }
                }
                """.formatted(root, port));
        return new ProcessBuilder("nginx", "-p", root.toString(), "-c", root.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(root.resolve("nginx.out").toFile()).start();
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A body of realistic length, so the 50-item feed is about the size partner widgets fetch (tens of KB). */
    private static ArticleEnriched withBody(ArticleEnriched article) {
        return Articles.withBody(article, "围绕虹桥国际开放枢纽建设和加快推进数字化转型,长宁聚力提升国际精品城区软实力。".repeat(4));
    }
}
