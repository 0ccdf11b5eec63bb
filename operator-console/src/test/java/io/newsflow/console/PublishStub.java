package io.newsflow.console;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A stand-in for publish-service's {@code GET /api/subscriptions}: answers 404 until a test gives it a body. */
public final class PublishStub {

    private static PublishStub shared;

    private final HttpServer server;
    private volatile String body;
    private volatile String lastAuthorization;

    private PublishStub(HttpServer server) {
        this.server = server;
    }

    public static synchronized PublishStub shared() {
        if (shared == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                shared = new PublishStub(server);
                server.createContext("/api/subscriptions", shared::handle);
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The JSON to answer with, or null for 404 (publish-service without the subscription API). */
    public void answer(String json) {
        this.body = json;
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        String current = body;
        if (current == null) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            byte[] bytes = current.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
