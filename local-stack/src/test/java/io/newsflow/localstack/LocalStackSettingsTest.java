package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackSettingsTest {

    @Test
    void oneInstanceOfEachServiceUnlessAskedForMore() {
        assertThat(LocalStackSettings.from(Map.of()).instances()).isEqualTo(1);
        assertThat(LocalStackSettings.from(Map.of(), "--instances=2").instances()).isEqualTo(2);
        assertThat(LocalStackSettings.from(Map.of("NEWSFLOW_INSTANCES", "2")).instances()).isEqualTo(2);
        assertThat(LocalStackSettings.from(Map.of("NEWSFLOW_INSTANCES", "3"), "--instances=2").instances())
                .as("the argument wins over the environment").isEqualTo(2);
    }

    @Test
    void furtherInstancesListenTenPortsAboveTheFirstWithoutMeetingAnotherService() {
        LocalStackSettings settings = LocalStackSettings.from(Map.of(), "--instances=2");
        assertThat(settings.port(settings.publishPort(), 1)).isEqualTo(8080);
        assertThat(settings.port(settings.publishPort(), 2)).isEqualTo(8090);
        assertThat(settings.port(settings.ingestPort(), 2)).isEqualTo(8091);
        assertThat(settings.port(settings.enrichPort(), 2)).isEqualTo(8092);
        assertThat(settings.port(settings.enrichPort(), 2)).isNotIn(settings.publishPort(), settings.ingestPort(),
                settings.enrichPort(), settings.consolePort());
    }

    @Test
    void aBadInstanceCountOrArgumentIsRefusedWithTheReason() {
        assertThatThrownBy(() -> LocalStackSettings.from(Map.of(), "--instances=0"))
                .hasMessageContaining("from 1 to 4");
        assertThatThrownBy(() -> LocalStackSettings.from(Map.of(), "--instances=two"))
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> LocalStackSettings.from(Map.of(), "--instance=2"))
                .hasMessageContaining("unknown argument --instance=2");
    }
}
