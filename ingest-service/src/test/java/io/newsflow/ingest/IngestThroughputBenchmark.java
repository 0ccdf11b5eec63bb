package io.newsflow.ingest;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ingest throughput beside the floor, on the same embedded broker in the same run: raw Kafka produce of the same
 * events (acks=all, idempotent, lz4), {@code POST /api/pages} with concurrent clients, and NDJSON batches. Not part
 * of the test suite; run it as bench/ingest/README.md says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=bench", "logging.level.root=WARN"})
class IngestThroughputBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 5000);
    private static final int PAGES = Integer.getInteger("bench.pages", 2000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int BATCH_LINES = Integer.getInteger("bench.batchLines", 10000);
    /** 200 seed-sized lines (~10 KB each) stay under the default 5 MB body limit. */
    private static final int BATCH_SIZE = 200;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void printsIngestThroughputBesideRawProduceRate() throws Exception {
        String seed = seedPage();
        postPages(seed, 200);
        double raw = rawProduceRate(seed);
        long[] latencies = postPages(seed, PAGES);
        double pagesPerSecond = latencies[latencies.length - 1];
        double lines = batchLinesPerSecond(seed);
        long[] sorted = Arrays.copyOf(latencies, latencies.length - 1);
        Arrays.sort(sorted);
        System.out.printf("%n| measure (%d cores, %d MB heap) | rate | p50 ms | p99 ms |%n|---|---|---|---|%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("| raw Kafka produce, %d events of %d bytes (floor) | %.0f msg/s | | |%n", EVENTS,
                EventCodec.encode(event(seed)).length, raw);
        System.out.printf("| POST /api/pages, %d pages, %d clients | %.0f pages/s | %.1f | %.1f |%n", PAGES, CLIENTS,
                pagesPerSecond, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
        System.out.printf("| POST /api/articles:batch, %d lines in batches of %d | %.0f lines/s | | |%n",
                BATCH_LINES, BATCH_SIZE, lines);
    }

    private double rawProduceRate(String seed) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            List<byte[]> payloads = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                payloads.add(EventCodec.encode(event(seed)));
            }
            long start = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>();
            for (byte[] payload : payloads) {
                acks.add(producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, UUID.randomUUID().toString(), payload)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            return EVENTS / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Latencies in nanoseconds, then the rate in pages/s as the last element. */
    private long[] postPages(String seed, int count) throws Exception {
        IngestClient client = new IngestClient(port, "bench");
        long[] results = new long[count + 1];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    byte[] page = seed.replace("长宁构建大外事工作格局", "长宁构建大外事工作格局 " + UUID.randomUUID())
                            .getBytes(StandardCharsets.UTF_8);
                    long sent = System.nanoTime();
                    int status = client.post("/api/pages", "text/plain; charset=UTF-8", page).statusCode();
                    if (status != 202) {
                        throw new IllegalStateException("page answered " + status);
                    }
                    results[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        results[count] = (long) (count / ((System.nanoTime() - start) / 1e9));
        pool.shutdown();
        return results;
    }

    private double batchLinesPerSecond(String seed) throws Exception {
        IngestClient client = new IngestClient(port, "bench");
        String body = EventCodec.mapper().writeValueAsString(seed.substring(seed.indexOf("围绕"), seed.indexOf("关键词")));
        long start = System.nanoTime();
        for (int sent = 0; sent < BATCH_LINES; sent += BATCH_SIZE) {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < BATCH_SIZE; i++) {
                batch.append("{\"title\":\"批量 ").append(UUID.randomUUID()).append("\",\"body\":").append(body)
                        .append(",\"source\":\"长宁时报\",\"breadcrumb\":[\"国内新闻\",\"上海新闻\"]}\n");
            }
            String answer = client.post("/api/articles:batch", "application/x-ndjson",
                    batch.toString().getBytes(StandardCharsets.UTF_8)).body();
            answer.lines().filter(line -> !line.contains("\"status\":202")).findFirst().ifPresent(line -> {
                throw new IllegalStateException("a batch line was not accepted: " + line);
            });
        }
        return BATCH_LINES / ((System.nanoTime() - start) / 1e9);
    }

    private static ArticleIngested event(String seed) {
        return new ArticleIngested(UUID.randomUUID().toString(), null, null, "“六外联动”,长宁构建大外事工作格局",
                new Body(seed, ""), Instant.now(), "长宁时报", "", List.of("国内新闻", "上海新闻"), "zh-Hans",
                "0".repeat(64), 1, Instant.now(), Origin.PAGE, List.of());
    }

    private static String seedPage() throws Exception {
        try (InputStream in = IngestThroughputBenchmark.class.getResourceAsStream("/pages/seed-000.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
