package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminReenrichIT extends EnrichServiceFixture {

    @Test
    void refusesReenrichmentWithoutTheAdminToken() throws Exception {
        HttpResponse<String> anonymous = reenrich(null);
        HttpResponse<String> wrong = reenrich("Bearer not-the-token");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("Admin token required");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void reenrichesTheStoredArticlesIngestedSinceTheGivenTime() throws Exception {
        ArticleIngested seed = seed("reenrich-" + UUID.randomUUID(), 1);
        send(seed);
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(seed.id()) != null);

        HttpResponse<String> response = reenrich("Bearer " + ADMIN_TOKEN);
        HttpResponse<String> future = reenrichSince(Instant.now().plus(Duration.ofDays(1)));

        assertThat(response.statusCode()).isEqualTo(202);
        Map<?, ?> body = EventCodec.mapper().readValue(response.body(), Map.class);
        int scanned = ((Number) body.get("scanned")).intValue();
        assertThat(scanned).isPositive();
        assertThat(((Number) body.get("changed")).intValue()).isBetween(0, scanned);
        assertThat(EventCodec.mapper().readValue(future.body(), Map.class).get("scanned")).isEqualTo(0);
    }

    @Test
    void explainsAnUnreadableSince() throws Exception {
        HttpResponse<String> response = send(URI.create(base() + "?since=yesterday"), "Bearer " + ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ISO-8601");
    }

    private HttpResponse<String> reenrich(String authorization) throws Exception {
        return send(URI.create(base() + "?since=" + Instant.now().minus(Duration.ofHours(1))), authorization);
    }

    private HttpResponse<String> reenrichSince(Instant since) throws Exception {
        return send(URI.create(base() + "?since=" + since), "Bearer " + ADMIN_TOKEN);
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/admin/reenrich";
    }

    private static HttpResponse<String> send(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
