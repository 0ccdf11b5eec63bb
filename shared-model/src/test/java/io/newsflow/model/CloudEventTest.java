package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    @Test
    void writesBinaryModeHeaders() {
        CloudEvent event = CloudEvent.of(CloudEvent.TYPE_INGESTED, "/newsflow/ingest-service");

        Map<String, byte[]> headers = event.toHeaders();

        assertThat(headers).containsKeys("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion");
        assertThat(new String(headers.get("ce_specversion"), StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(new String(headers.get("ce_type"), StandardCharsets.UTF_8))
                .isEqualTo("io.newsflow.article.ingested.v1");
        assertThat(CloudEvent.fromHeaders(headers)).isEqualTo(event);
    }

    @Test
    void rejectsHeadersWithoutType() {
        Map<String, byte[]> headers = new HashMap<>(CloudEvent.of(CloudEvent.TYPE_ENRICHED, "/x").toHeaders());
        headers.remove(CloudEvent.TYPE);

        assertThatThrownBy(() -> CloudEvent.fromHeaders(headers)).hasMessageContaining("ce_type");
    }
}
