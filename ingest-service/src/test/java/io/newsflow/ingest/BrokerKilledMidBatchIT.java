package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.KafkaBroker;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The broker dies while batches are being ingested. Afterwards every line that was answered 202 is in Kafka;
 * every other new line was answered 503, never a 202 that is later lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.publish-timeout=8s",
            "spring.kafka.producer.properties.delivery.timeout.ms=6000",
            "spring.kafka.producer.properties.request.timeout.ms=3000",
            "spring.kafka.producer.properties.max.block.ms=3000"})
class BrokerKilledMidBatchIT {

    private static final Path LOG_DIR = tempDir();
    private static final int PORT = FreePorts.next();
    private static final int CONTROLLER_PORT = FreePorts.next();
    private static KafkaBroker broker = KafkaBroker.start(LOG_DIR, PORT, CONTROLLER_PORT);

    @DynamicPropertySource
    static void dedicatedBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
        registry.add("spring.mongodb.uri", LocalInfra.shared()::mongoUri);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @LocalServerPort
    int port;

    @Test
    void everyLineAnswered202IsInKafkaAfterTheBrokerDied() throws Exception {
        IngestClient client = new IngestClient(port, "test-token");
        List<JsonNode> answers = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> killer;
        try (TopicReader raw = new TopicReader("127.0.0.1:" + PORT, Topics.ARTICLES_RAW)) {
            killer = CompletableFuture.runAsync(() -> {
                await().atMost(Duration.ofSeconds(60)).until(() -> raw.poll().size() >= 100);
                broker.close();
            });
            while (!killer.isDone() || answers.stream().noneMatch(a -> a.get("status").asInt() == 503)) {
                answers.addAll(postBatch(client, 2000));
            }
        }
        killer.join();

        Set<String> accepted = ids(answers, 202);
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(100);
        assertThat(ids(answers, 503)).isNotEmpty();
        assertThat(answers).allMatch(a -> a.get("status").asInt() == 202 || a.get("status").asInt() == 503);

        broker = KafkaBroker.start(LOG_DIR, PORT, CONTROLLER_PORT);
        try (TopicReader raw = new TopicReader("127.0.0.1:" + PORT, Topics.ARTICLES_RAW)) {
            Set<String> inKafka = await().atMost(Duration.ofSeconds(60)).until(
                    () -> raw.poll().stream().map(TopicReader.Message::key).collect(Collectors.toSet()),
                    keys -> keys.containsAll(accepted));
            System.out.printf("broker killed mid-batch: %d lines answered 202 (all in Kafka), %d answered 503%n",
                    accepted.size(), ids(answers, 503).size());
            assertThat(inKafka).containsAll(accepted);
        }
    }

    private static List<JsonNode> postBatch(IngestClient client, int lines) throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            batch.append("{\"title\":\"批量 ").append(UUID.randomUUID()).append("\",\"body\":\"正文内容。\"}\n");
        }
        HttpResponse<String> response = client.post("/api/articles:batch", "application/x-ndjson",
                batch.toString().getBytes(StandardCharsets.UTF_8));
        return response.body().lines().map(line -> EventCodec.mapper().readTree(line)).toList();
    }

    private static Set<String> ids(List<JsonNode> answers, int status) {
        return answers.stream().filter(a -> a.get("status").asInt() == status).map(a -> a.get("id").asString())
                .collect(Collectors.toSet());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsflow-kill-broker-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
