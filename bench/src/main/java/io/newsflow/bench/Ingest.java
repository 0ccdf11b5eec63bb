package io.newsflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.json.JsonMapper;

/** Posts pages to ingest-service the way a crawler does. */
final class Ingest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;

    Ingest(String ingestUrl, String token) {
        this.url = ingestUrl + "/api/pages";
        this.token = token;
    }

    /** The answer: HTTP status and, when accepted (202) or a repeat (200), the article id; -1 when unreachable. */
    record Answer(int status, String id, String body) {

        boolean accepted() {
            return status == 202 || status == 200;
        }
    }

    CompletableFuture<Answer> post(Pages.Page page) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("X-Source-Url", page.url())
                .POST(HttpRequest.BodyPublishers.ofByteArray(page.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> new Answer(response.statusCode(), id(response), response.body()))
                .exceptionally(e -> new Answer(-1, null, String.valueOf(e.getMessage())));
    }

    private static String id(HttpResponse<String> response) {
        if (response.statusCode() != 202 && response.statusCode() != 200) {
            return null;
        }
        return JSON.readTree(response.body()).path("id").asString(null);
    }
}
