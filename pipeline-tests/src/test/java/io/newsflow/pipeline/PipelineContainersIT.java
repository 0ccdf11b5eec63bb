package io.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.ServiceProcess;
import io.newsflow.localstack.Topology;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline against the real {@code apache/kafka} and {@code mongo} images. Runs where Docker is available;
 * elsewhere JUnit reports it as skipped ("disabledWithoutDocker").
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainersIT {

    private static final String TOKEN = "containers-token";

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @TempDir
    Path logs;

    private final List<ServiceProcess> services = new ArrayList<>();

    @AfterEach
    void stopServices() {
        services.forEach(ServiceProcess::stop);
    }

    @Test
    void seedPageReachesTheFeedOnRealKafkaAndMongo() throws Exception {
        Topology.create(KAFKA.getBootstrapServers());
        ServiceProcess ingest = start("ingest-service");
        start("enrich-service");
        ServiceProcess publish = start("publish-service");
        services.forEach(service -> service.awaitReady(Duration.ofSeconds(120)));

        HttpResponse<String> posted = Http.post(ingest.baseUrl() + "/api/pages", TOKEN, "text/plain; charset=UTF-8",
                Files.readAllBytes(LocalStackEndToEndIT.SEED));
        assertThat(posted.statusCode()).isEqualTo(202);

        JsonNode item = await().atMost(Duration.ofSeconds(90)).until(() -> Http.feedItem(
                publish.baseUrl() + "/feeds/latest.json", LocalStackEndToEndIT.SEED_TITLE), i -> i != null);
        LocalStackEndToEndIT.assertSeedItem(item);
    }

    private ServiceProcess start(String name) {
        ServiceProcess service = ServiceProcess.start(name,
                LocalStackProcess.ROOT.resolve(name + "/target/" + name + ".jar"), FreePorts.next(),
                Map.of("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", KAFKA.getBootstrapServers(),
                        "NEWSFLOW_MONGODB_URI", MONGO.getReplicaSetUrl(),
                        "NEWSFLOW_INGEST_TOKEN", TOKEN),
                logs, "384m");
        services.add(service);
        return service;
    }
}
