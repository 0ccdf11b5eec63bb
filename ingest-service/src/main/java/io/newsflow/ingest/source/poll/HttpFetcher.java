package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.SourcesProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * GETs feeds, sitemaps and pages. The configured timeout bounds connecting, waiting for the headers and, once
 * more, reading the body; the body is cut off at the configured size.
 */
@Component
class HttpFetcher {

    private static final String USER_AGENT = "newsflow-ingest/0.1 (+https://newsflow.io)";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    HttpFetcher(SourcesProperties properties) {
        this.timeout = properties.httpTimeout();
        this.maxBytes = properties.maxPageBytes().toBytes();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** @param previous validators of the last response; their headers make the GET conditional */
    Fetched get(String url, Validators previous) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, "
                        + "text/html;q=0.9, */*;q=0.8");
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        HttpResponse<byte[]> response = send(request.build());
        return new Fetched(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                new Validators(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)));
    }

    private static URI uri(String url) throws MalformedURLException {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other address that is not http(s)
        }
        throw new MalformedURLException("not an http(s) URL: " + url);
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            return exchange.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout.multipliedBy(2));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + request.uri());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }
}
