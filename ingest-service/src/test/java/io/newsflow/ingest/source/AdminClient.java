package io.newsflow.ingest.source;

import io.newsflow.model.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** A real HTTP client for {@code /admin/sources} on the running ingest-service. */
record AdminClient(int port, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> register(String type, String location, String pollInterval) {
        return post("/admin/sources", "{\"type\":\"" + type + "\",\"location\":\"" + location.replace("\\", "\\\\")
                + "\",\"name\":\"" + type + " under test\",\"pollInterval\":\"" + pollInterval + "\"}");
    }

    /** Registers and returns the new source's id. */
    String registered(String type, String location, String pollInterval) {
        HttpResponse<String> response = register(type, location, pollInterval);
        if (response.statusCode() != 201) {
            throw new AssertionError("registration answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asString();
    }

    JsonNode source(String id) {
        HttpResponse<String> response = get("/admin/sources/" + id);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET source answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    AdminClient withToken(String other) {
        return new AdminClient(port, other);
    }

    static JsonNode json(HttpResponse<String> response) {
        return EventCodec.mapper().readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
