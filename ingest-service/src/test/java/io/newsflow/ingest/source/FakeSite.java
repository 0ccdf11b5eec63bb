package io.newsflow.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that serves feeds, sitemaps and pages with ETag and Last-Modified, answers
 * conditional GETs with 304, redirects where told to, and records every request with the status it answered.
 */
public final class FakeSite implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger versions = new AtomicInteger();

    private FakeSite(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeSite start() {
        try {
            return new FakeSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Serves the test resource {@code /sources/<name>}, with {@code {{base}}} replaced by this site's address. */
    public void serveFixture(String path, String name, String contentType) {
        serve(path, fixture(name).replace("{{base}}", base()), contentType);
    }

    /** Each call is a new version of the resource: new ETag, later Last-Modified. */
    public void serve(String path, String body, String contentType) {
        int version = versions.incrementAndGet();
        resources.put(path, new Resource(200, body.getBytes(StandardCharsets.UTF_8), contentType,
                "\"v" + version + "\"", HTTP_DATE.format(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)),
                null));
    }

    public void fail(String path, int status) {
        resources.put(path, new Resource(status, ("error " + status).getBytes(StandardCharsets.UTF_8),
                "text/plain", null, null, null));
    }

    /** Answers 302 with this Location, absolute or relative. */
    public void redirect(String path, String location) {
        resources.put(path, new Resource(302, new byte[0], "text/plain", null, null, location));
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    public int count(String path) {
        return requests(path).size();
    }

    public static String fixture(String name) {
        try (InputStream in = FakeSite.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /sources/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        Resource resource = resources.get(path);
        int status = resource == null ? 404 : resource.status();
        if (status == 200 && (ifNoneMatch != null ? resource.etag().equals(ifNoneMatch)
                : resource.lastModified().equals(ifModifiedSince))) {
            status = 304;
        }
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Host"), ifNoneMatch, ifModifiedSince,
                status));
        try (exchange) {
            if (resource == null || status == 304) {
                if (resource != null) {
                    exchange.getResponseHeaders().set("ETag", resource.etag());
                }
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            if (resource.etag() != null) {
                exchange.getResponseHeaders().set("ETag", resource.etag());
                exchange.getResponseHeaders().set("Last-Modified", resource.lastModified());
            }
            if (resource.location() != null) {
                exchange.getResponseHeaders().set("Location", resource.location());
            }
            exchange.getResponseHeaders().set("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(status, resource.body().length);
            exchange.getResponseBody().write(resource.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as the site saw it, and the status it answered. */
    public record Request(String path, String host, String ifNoneMatch, String ifModifiedSince, int status) {
    }

    private record Resource(int status, byte[] body, String contentType, String etag, String lastModified,
            String location) {
    }
}
