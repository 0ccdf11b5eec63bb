package io.newsflow.publish.delivery;

import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.callback.ForbiddenCallbackException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The one way out to subscriber endpoints (webhooks and WebSub): the guard is asked right before every request,
 * redirects are not followed (a 3xx is a failure: following it could lead anywhere), timeouts are bounded and only
 * the first bytes of a response are read.
 */
public class CallbackClient {

    static final int MAX_READ = 4096;

    private final HttpClient http;
    private final CallbackGuard guard;
    private final Duration timeout;
    private final int excerptBytes;

    public CallbackClient(CallbackGuard guard, PushProperties properties) {
        this.guard = guard;
        this.timeout = properties.requestTimeout();
        this.excerptBytes = properties.responseExcerptBytes();
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** What came back. {@code status} 0 means no response; then {@code error} says why. */
    public record Outcome(int status, String error, long latencyMs, String excerpt) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Outcome post(String url, Map<String, String> headers, byte[] body) {
        return exchange(url, headers, HttpRequest.BodyPublishers.ofByteArray(body), "POST");
    }

    public Outcome get(String url) {
        return exchange(url, Map.of(), HttpRequest.BodyPublishers.noBody(), "GET");
    }

    private Outcome exchange(String url, Map<String, String> headers, HttpRequest.BodyPublisher body, String method) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = guard.check(url);
        } catch (ForbiddenCallbackException e) {
            return new Outcome(0, "forbidden: " + e.getMessage(), 0, "");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body)
                .header("user-agent", "newsflow-push/1");
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] head;
            try (InputStream in = response.body()) {
                head = in.readNBytes(MAX_READ);
            }
            String excerpt = new String(head, 0, Math.min(head.length, excerptBytes), StandardCharsets.UTF_8);
            return new Outcome(response.statusCode(), null, millis(start), excerpt);
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(0, "connect timeout", millis(start), "");
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "timeout after " + timeout.toMillis() + " ms", millis(start), "");
        } catch (IOException e) {
            return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage(), millis(start), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + url, e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
