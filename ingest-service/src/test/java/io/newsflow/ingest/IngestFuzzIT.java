package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.LocalInfra;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Throws thousands of random and mutated pages, JSON documents and batches at the API: whatever comes in, the
 * answer is never a 5xx, and every error is problem+json. The seed is printed so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.max-body-size=64KB"})
class IngestFuzzIT {

    private static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    private static final String[] PAGE_TYPES = {"text/html", "text/plain", "text/html; charset=UTF-8",
        "text/html; charset=GBK", "text/plain; charset=Big5", "text/html; charset=ISO-8859-1",
        "text/plain; charset=x-unknown-charset", "text/html; charset=\"\"", "text/html; charset=utf-16"};
    private static final List<byte[]> PAGES = new ArrayList<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void loadCorpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/pages"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".properties")).sorted().toList()) {
                PAGES.add(Files.readAllBytes(file));
            }
        }
        try (InputStream in = IngestFuzzIT.class.getResourceAsStream("/pages/seed-000.txt")) {
            PAGES.add(in.readAllBytes());
        }
    }

    @LocalServerPort
    int port;

    @Test
    void neverAnswers5xxAndAlwaysExplainsErrorsAsProblemJson() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        IngestClient client = new IngestClient(port, "test-token");
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            HttpResponse<String> response = switch (i % 3) {
                case 0 -> client.post("/api/pages", PAGE_TYPES[random.nextInt(PAGE_TYPES.length)], mutatedPage(random));
                case 1 -> client.post("/api/articles", "application/json", randomJson(random));
                default -> client.post("/api/articles:batch", "application/x-ndjson", randomBatch(random));
            };
            statuses.merge(response.statusCode(), 1, Integer::sum);
            assertThat(response.statusCode()).as("case %d of seed %d: %s", i, seed, response.body()).isLessThan(500);
            if (response.statusCode() >= 400) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as("case %d of seed %d", i, seed).contains("application/problem+json");
            }
        }
        System.out.printf("fuzz: %d cases, seed %d, statuses %s%n", CASES, seed, statuses);
        assertThat(statuses.keySet()).contains(202, 422);
    }

    private static byte[] mutatedPage(Random random) {
        byte[] page = PAGES.get(random.nextInt(PAGES.size())).clone();
        return switch (random.nextInt(6)) {
            case 0 -> page;
            case 1 -> flipBytes(page, random, 1 + random.nextInt(50));
            case 2 -> java.util.Arrays.copyOf(page, random.nextInt(page.length + 1));
            case 3 -> randomBytes(random, random.nextInt(4096));
            case 4 -> (new String(page, StandardCharsets.UTF_8).replace("来源", "<script>alert(1)</script>来源")
                    + "\u0000\uFFFF\uD800").getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }

    private static byte[] randomJson(Random random) {
        String[] values = {"null", "1", "-1e309", "\"\"", "\"标题\"", "[]", "{}", "[\"a\",1,null]", "true",
            "\"2021-13-45T99:00:00Z\"", "\"2021-10-15T07:08:02Z\"", "\"<img src=x onerror=alert(1)>\"",
            "{\"nested\":{\"deep\":[[[[[]]]]]}}", "\"" + "长".repeat(random.nextInt(200)) + "\""};
        String[] fields = {"title", "body", "bodyHtml", "url", "publishedAt", "source", "author", "breadcrumb",
            "language", "keywords", "unknown"};
        StringBuilder json = new StringBuilder("{");
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                    .append(values[random.nextInt(values.length)]);
        }
        json.append('}');
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(5) == 0 ? flipBytes(bytes, random, 1 + random.nextInt(3)) : bytes;
    }

    private static byte[] randomBatch(Random random) {
        StringBuilder batch = new StringBuilder();
        int lines = random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            batch.append(new String(randomJson(random), StandardCharsets.UTF_8)).append('\n');
        }
        return batch.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flipBytes(byte[] bytes, Random random, int flips) {
        if (bytes.length == 0) {
            return bytes;
        }
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
