package io.newsflow.console.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.console.ConsoleIntegrationTest;
import io.newsflow.console.Events;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lag per group and partition, rates, latency percentiles, health and Prometheus, from a real broker. */
class MetricsIT extends ConsoleIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void showsLagOfAGroupThatFellBehind() {
        RecordMetadata first = Events.raw(Events.ingested("lag-" + UUID.randomUUID(), "滞后一", "来源", Instant.now()),
                Map.of());
        TopicPartition partition = new TopicPartition(first.topic(), first.partition());
        Events.commit("enrich-service", partition, first.offset());

        JsonNode row = await().atMost(Duration.ofSeconds(15)).until(() -> lagRow("enrich-service", partition),
                node -> node != null && node.path("lag").asLong() >= 1);
        assertThat(row.path("committed").asLong()).isEqualTo(first.offset());
        assertThat(row.path("end").asLong()).isGreaterThan(first.offset());
        JsonNode metrics = metrics();
        assertThat(metrics.path("lag").path("enrich-service").size()).isPositive();
        assertThat(metrics.path("rates").has(Topics.ARTICLES_RAW)).isTrue();
        assertThat(metrics.path("times").size()).isEqualTo(metrics.path("rates").path(Topics.ARTICLES_RAW).size());
    }

    @Test
    void measuresLatencyFromIngestToEnrichedAndPublished() {
        ArticleIngested article = Events.ingested("lat-" + UUID.randomUUID(), "时延", "来源", Instant.now().minusMillis(300));
        Events.raw(article, Map.of());
        RecordMetadata enriched = Events.enriched(Events.enriched(article));
        Events.commit("publish-service", new TopicPartition(enriched.topic(), enriched.partition()), enriched.offset() + 1);

        JsonNode percentiles = await().atMost(Duration.ofSeconds(15)).until(() -> metrics().path("percentiles"),
                node -> node.path("ingest→published").path("count").asInt() > 0
                        && node.path("ingest→enriched").path("count").asInt() > 0);
        assertThat(percentiles.path("ingest→enriched").path("p99").asLong()).isBetween(300L, 60_000L);
        assertThat(percentiles.path("ingest→raw").path("p99").asLong()).isBetween(300L, 60_000L);
        assertThat(metrics().path("latency").has("ingest→enriched p95")).isTrue();
    }

    @Test
    void exposesHealthProbesAndPrometheusMetrics() {
        Events.commit("enrich-service", new TopicPartition(Topics.ARTICLES_ENRICHED, 0), 0);
        JsonNode readiness = json.readTree(get("/actuator/health/readiness").body());
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get("/actuator/prometheus").body())
                .contains("newsflow_console_consumer_lag{"));
    }

    private JsonNode metrics() {
        return json.readTree(get("/console/api/metrics", bearer()).body());
    }

    private JsonNode lagRow(String group, TopicPartition partition) {
        for (JsonNode row : metrics().path("partitions")) {
            if (group.equals(row.path("group").asString()) && partition.topic().equals(row.path("topic").asString())
                    && row.path("partition").asInt() == partition.partition()) {
                return row;
            }
        }
        return null;
    }
}
