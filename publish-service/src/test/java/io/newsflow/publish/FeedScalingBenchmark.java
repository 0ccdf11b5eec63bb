package io.newsflow.publish;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.article.store.ReadModelSeeder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Feed latency with 1,000, 10,000 and 100,000 articles stored in the read model (the in-memory Mongo-wire server),
 * inserted in bulk in the stored form before the service starts, so its feed cache loads from them as in
 * production. For each count: the latest feed, one category feed and one keyword feed, each answered from its
 * pre-rendered bytes (hot) and with a query seen for the first time (cold: a {@code filterout} that drops nothing,
 * unique per request, so every request selects, renders and hashes the feed anew). Not part of the test suite:
 * run it as bench/feeds/README.md says.
 */
class FeedScalingBenchmark {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DURATION = System.getProperty("bench.duration", "5s");
    private static final int CONNECTIONS = 8;
    private static final int[] COUNTS = Arrays.stream(System.getProperty("bench.counts", "1000,10000,100000")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final List<List<String>> CATEGORIES = List.of(List.of("国内新闻", "上海新闻"), List.of("国际新闻"),
            List.of("财经"), List.of("体育"), List.of("科技"));
    private static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
    private static final String TEXT = "围绕虹桥国际开放枢纽建设和加快推进数字化转型,长宁聚力提升国际精品城区软实力。".repeat(4);

    @Test
    void printsFeedLatencyByStoredArticles() throws Exception {
        LocalInfra infra = LocalInfra.shared();
        Path unique = Wrk.uniqueQueryScript("filterout");
        Map<String, String> feeds = Map.of("latest", "/feeds/latest.json",
                "category 体育", "/feeds/categories/" + enc("体育") + ".json",
                "keyword 话题7", "/feeds/keywords/" + enc("话题7") + ".json");
        List<String> rows = new ArrayList<>();
        String loadBefore = Wrk.loadAverage();
        for (int count : COUNTS) {
            String database = "bench_" + RUN + "_" + count;
            long started = System.nanoTime();
            ReadModelSeeder.insert(infra.mongoUri(), database, count, FeedScalingBenchmark::article);
            long seeded = System.nanoTime();
            try (ConfigurableApplicationContext service = start(infra, database)) {
                long ready = System.nanoTime();
                long loading = System.nanoTime();
                int cached = service.getBean(ReadModel.class).newest(2000).size();
                long loaded = System.nanoTime();
                rows.add("| %,d | bulk insert %d ms, service start (feed cache filled) %d ms, newest(2000) %d ms, %d cached | | | |"
                        .formatted(count, millis(started, seeded), millis(seeded, ready), millis(loading, loaded), cached));
                String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
                for (String name : List.of("latest", "category 体育", "keyword 话题7")) {
                    String url = base + feeds.get(name);
                    Wrk.run(url, "3s", CONNECTIONS, List.of());
                    rows.add(row(count, name + ", hot", Wrk.run(url, DURATION, CONNECTIONS, List.of())));
                    Wrk.run(url, "3s", CONNECTIONS, List.of("-s", unique.toString()));
                    rows.add(row(count, name + ", cold", Wrk.run(url, DURATION, CONNECTIONS,
                            List.of("-s", unique.toString()))));
                }
            }
        }
        System.out.printf("%n| stored articles | feed (JSON, 50 items), wrk -t2 -c%d -d%s | requests/s | p50 ms | p99 ms |"
                + "%n|---|---|---|---|---|%n", CONNECTIONS, DURATION);
        rows.forEach(System.out::println);
        System.out.printf("load average (1, 5, 15 min) before: %s, after: %s%n", loadBefore, Wrk.loadAverage());
    }

    private static ConfigurableApplicationContext start(LocalInfra infra, String database) {
        Map<String, Object> properties = new HashMap<>(infra.springProperties());
        properties.put("spring.mongodb.database", database);
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("management.tracing.sampling.probability", "0");
        // As command-line arguments, so they win over application.yml's localhost defaults.
        return new SpringApplicationBuilder(PublishApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static String row(int count, String label, Wrk.Result result) {
        return "| %,d | %s | %,.0f | %.2f | %.2f |".formatted(count, label, result.requestsPerSecond(), result.p50(),
                result.p99());
    }

    /** Article i is i minutes older than article 0; a fifth of them in each category, a tenth with each 话题 keyword. */
    static ArticleEnriched article(int i) {
        return Articles.withBody(Articles.enriched("scale-" + RUN + "-" + i, 1, "长宁外事工作报道第" + i + "篇",
                NEWEST.minusSeconds(60L * i), CATEGORIES.get(i % CATEGORIES.size()), "长宁时报",
                List.of("长宁", "话题" + (i % 10)), List.of()), TEXT);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
