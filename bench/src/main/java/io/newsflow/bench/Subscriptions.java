package io.newsflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Registers a webhook subscriber with publish-service through its admin API. */
final class Subscriptions {

    private Subscriptions() {
    }

    /** Subscribes {@code callback} to every article ({@code article} payloads); fails unless publish answers 201. */
    static void subscribeAll(String publishUrl, String adminToken, String callback) {
        subscribe(publishUrl, adminToken, callback, List.of());
    }

    /** Subscribes {@code callback} to the articles of the given sources (all when empty). */
    static void subscribe(String publishUrl, String adminToken, String callback, List<String> sources) {
        String filter = sources.isEmpty() ? "" : ",\"filters\":{\"sources\":["
                + sources.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",")) + "]}";
        String body = "{\"callback\":\"" + callback + "\",\"format\":\"article\"" + filter + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(publishUrl + "/api/subscriptions"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("subscription refused: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("publish-service unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
