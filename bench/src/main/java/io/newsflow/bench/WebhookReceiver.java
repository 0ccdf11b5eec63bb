package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's webhook endpoint on 127.0.0.1: answers 204 and records every delivery (article id, the
 * {@code webhook-id} header, when it arrived).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One delivery as received. */
    record Delivery(String articleId, String webhookId, long receivedNanos) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::receive);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void receive(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            // "article" payloads: {"type": ..., "timestamp": ..., "data": <ArticleEnriched>}, the id in data.article
            String articleId = body.path("data").path("article").path("id").asString(null);
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            if (articleId != null) {
                deliveries.add(new Delivery(articleId, webhookId, now));
                firstArrival.putIfAbsent(articleId, now);
                List<Long> times = arrivals.computeIfAbsent(articleId, id -> new java.util.concurrent.CopyOnWriteArrayList<>());
                times.add(now);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** When the first delivery of an article arrived (System.nanoTime), or null. */
    Long firstArrival(String articleId) {
        return firstArrival.get(articleId);
    }

    /**
     * When the {@code n}-th delivery of an article arrived (System.nanoTime), or null: with {@code n} subscriptions
     * to this receiver, when the last of them got the article (repeats of one delivery count too; the fault drill,
     * not this, audits them).
     */
    Long arrival(String articleId, int n) {
        List<Long> times = arrivals.get(articleId);
        return times == null || times.size() < n ? null : times.get(n - 1);
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
