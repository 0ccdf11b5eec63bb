package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.LocalInfra;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no broker reachable, ingest answers 503 with Retry-After in bounded time, never 202. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.publish-timeout=3s",
            "spring.kafka.producer.properties.max.block.ms=2000", "spring.kafka.admin.operation-timeout=3s",
            "spring.kafka.admin.close-timeout=1s"})
class BrokerDownIT {

    @DynamicPropertySource
    static void unreachableBroker(DynamicPropertyRegistry registry) {
        int closedPort = FreePorts.next();
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
        registry.add("spring.mongodb.uri", LocalInfra.shared()::mongoUri);
    }

    @LocalServerPort
    int port;

    @Test
    void answers503WithRetryAfterWhenKafkaIsUnreachable() throws Exception {
        long started = System.nanoTime();

        HttpResponse<String> response = new IngestClient(port, "test-token")
                .postJson("{\"title\":\"无法送达\",\"body\":\"正文内容。\"}");

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(seconds).isLessThan(15);
    }
}
