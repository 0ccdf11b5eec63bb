package io.newsflow.console.lag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.latency.Percentiles;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsHistoryTest {

    @Test
    void alignsSeriesOfGroupsThatAppearLaterWithNulls() {
        MetricsHistory history = new MetricsHistory(10);
        history.add(sample(1, Map.of("enrich-service", 5L)));
        history.add(sample(2, Map.of("enrich-service", 3L, "publish-service", 7L)));

        ChartData data = history.chartData();

        assertThat(data.times()).containsExactly(1.0, 2.0);
        assertThat(data.lag().get("enrich-service")).containsExactly(5L, 3L);
        assertThat(data.lag().get("publish-service")).isEqualTo(Arrays.asList(null, 7L));
        assertThat(data.latency()).containsKeys("ingest→enriched p50", "ingest→enriched p95", "ingest→enriched p99");
        assertThat(data.latency().get("ingest→enriched p95")).containsExactly(95L, 95L);
        assertThat(data.error()).isNull();
    }

    @Test
    void keepsOnlyTheLastSamplesAndReportsTheLastFailure() {
        MetricsHistory history = new MetricsHistory(2);
        for (int i = 1; i <= 5; i++) {
            history.add(sample(i, Map.of()));
        }
        history.failed("Kafka did not answer");

        assertThat(history.chartData().times()).containsExactly(4.0, 5.0);
        assertThat(history.chartData().error()).isEqualTo("Kafka did not answer");
    }

    private static LagSample sample(double time, Map<String, Long> lag) {
        return new LagSample(time, lag, Map.of("newsflow.articles.raw.v1", 1.5),
                Map.of("ingest→enriched", new Percentiles(3, 50L, 95L, 99L)), List.of());
    }
}
