package io.newsflow.enrich;

import io.newsflow.model.EventCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Calls one enrich instance's admin endpoints over HTTP, with or without its token. */
record AdminClient(int port, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) throws Exception {
        return send(request(path).DELETE());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    /** The model's state as {@code GET /admin/classifier} gives it. */
    JsonNode model() throws Exception {
        return json(get("/admin/classifier").body()).get("model");
    }

    static JsonNode json(String body) {
        return EventCodec.mapper().readTree(body);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
