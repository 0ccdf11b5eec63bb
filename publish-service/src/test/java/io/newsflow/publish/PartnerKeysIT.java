package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.LocalInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.publish.partners.keys=portal:portal-key:3", "newsflow.publish.admin-token=admin-token"})
class PartnerKeysIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void limitsAPartnerKeyAndCountsItsUsage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/feeds/latest.json?key=portal-key", null).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> throttled = get("/feeds/latest.rss", "portal-key");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(get("/feeds/latest.json", null).statusCode()).isEqualTo(200);
        assertThat(get("/feeds/latest.json?key=stolen", null).statusCode()).isEqualTo(401);
        HttpResponse<String> usage = HTTP.send(HttpRequest.newBuilder(uri("/admin/partners"))
                .header("Authorization", "Bearer admin-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(usage.body()).contains("\"partner\":\"portal\"").contains("\"requests\":3").contains("\"throttled\":1");
    }

    private HttpResponse<String> get(String path, String headerKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headerKey != null) {
            request.header("X-Partner-Key", headerKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
