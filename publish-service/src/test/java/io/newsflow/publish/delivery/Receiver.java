package io.newsflow.publish.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A real HTTP endpoint on 127.0.0.1 that records what it is sent and answers as the test scripts it. */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived, with the status this receiver answered. */
    public record Received(String method, String uri, Map<String, List<String>> headers, String body, int status) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator status;
    private volatile java.util.function.Function<Received, String> responseBody = r -> "ok";

    /** @param status the status to answer, given the 1-based number of the request */
    public Receiver(IntUnaryOperator status, int threads) throws IOException {
        this.status = status;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        this.executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int n = count.incrementAndGet();
            int answer = this.status.applyAsInt(n);
            Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8), answer);
            received.add(r);
            byte[] response = responseBody.apply(r).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, response.length == 0 ? -1 : response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        });
        server.start();
    }

    public Receiver(IntUnaryOperator status) throws IOException {
        this(status, 4);
    }

    public static Receiver ok() throws IOException {
        return new Receiver(n -> 200);
    }

    public void answer(IntUnaryOperator changed) {
        this.status = changed;
    }

    public void respondWith(java.util.function.Function<Received, String> body) {
        this.responseBody = body;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> delivered() {
        return received.stream().filter(r -> r.status() >= 200 && r.status() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The decoded query parameters of a request URI, in order. */
    public static Map<String, String> query(String uri) {
        Map<String, String> query = new LinkedHashMap<>();
        int q = uri.indexOf('?');
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
