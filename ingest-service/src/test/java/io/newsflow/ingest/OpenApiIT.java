package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.EventCodec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.admin-token=admin-token"})
class OpenApiIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void documentsEveryIngestEndpointWithBearerAuthentication() throws Exception {
        HttpResponse<String> response = new IngestClient(port, null).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = EventCodec.mapper().readTree(response.body());
        assertThat(api.get("paths").propertyNames())
                .contains("/api/pages", "/api/articles", "/api/articles:batch", "/api/articles/{id}");
        assertThat(api.get("paths").get("/api/pages").has("post")).isTrue();
        assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
    }
}
