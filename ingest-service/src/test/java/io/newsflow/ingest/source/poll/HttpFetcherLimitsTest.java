package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.ingest.source.SourcesProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Servers that never stop sending, or stop answering, must not hold a poll for longer than the limits allow. */
class HttpFetcherLimitsTest {

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(1);

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;
    private HttpFetcher http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/endless", this::endless);
        server.createContext("/stalled-headers", exchange -> stall());
        server.createContext("/stalled-body", this::stalledBody);
        server.setExecutor(handlers);
        server.start();
        http = new HttpFetcher(new SourcesProperties(true, Duration.ofMinutes(5), Duration.ofSeconds(1), HTTP_TIMEOUT,
                DataSize.ofKilobytes(64)), new FetchProperties(false, List.of("127.0.0.1:" + port()), 5,
                TOTAL_TIMEOUT));
    }

    @AfterEach
    void stop() {
        release.countDown();
        http.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void cutsOffABodyWithoutContentLengthAsSoonAsItPassesTheLimit() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> http.get(url("/endless"), Validators.NONE))
                .isInstanceOf(LimitedBody.TooLargeException.class).hasMessageContaining("65536"));
    }

    @Test
    void givesUpOnHeadersThatNeverComeAfterTheTotalTimeout() {
        assertTimeoutPreemptively(HTTP_TIMEOUT.dividedBy(2), () -> assertThatThrownBy(
                () -> http.get(url("/stalled-headers"), Validators.NONE))
                .isInstanceOf(SocketTimeoutException.class).hasMessageContaining("within PT1S"));
    }

    @Test
    void givesUpOnABodyThatStopsHalfWayAfterTheTotalTimeout() {
        assertTimeoutPreemptively(HTTP_TIMEOUT.dividedBy(2), () -> assertThatThrownBy(
                () -> http.get(url("/stalled-body"), Validators.NONE))
                .isInstanceOf(SocketTimeoutException.class).hasMessageContaining("within PT1S"));
    }

    /** Chunked, until the client hangs up. */
    private void endless(HttpExchange exchange) throws IOException {
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 'x');
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            while (release.getCount() > 0) {
                body.write(chunk);
            }
        } catch (IOException hungUp) {
            // what the fetcher should do
        }
    }

    private void stalledBody(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 1000);
        exchange.getResponseBody().write(new byte[10]);
        exchange.getResponseBody().flush();
        stall();
    }

    private void stall() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }
}
