package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.SourcesProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * GETs feeds, sitemaps and pages without letting a source reach this service's own network (SSRF).
 *
 * <p>Redirects are followed here, not by the client, so that each hop is checked like the first ({@link FetchUrls},
 * {@link AddressPolicy}), at most {@code max-redirects} of them. The connection goes to the address that was
 * checked, so DNS rebinding cannot swap it in between: the request carries that address in its {@link HttpHost}
 * (Host header and TLS still use the name), and {@link PinnedHttpClient} refuses every lookup of its own, so nothing
 * connects to an address that was not checked.
 *
 * <p>{@code http-timeout} bounds connecting and each wait for data; {@code total-timeout} bounds the whole fetch,
 * redirects and body included, by cancelling the exchange. Bodies past {@code max-page-bytes} are refused.
 */
@Component
class HttpFetcher implements AutoCloseable {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml, text/xml, "
            + "text/html;q=0.9, */*;q=0.8";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final AddressPolicy policy;
    private final long maxBytes;
    private final int maxRedirects;
    private final Duration totalTimeout;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ingest-fetch-deadline");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    HttpFetcher(SourcesProperties sources, FetchProperties fetch) {
        this(sources, fetch, new AddressPolicy(fetch));
    }

    HttpFetcher(SourcesProperties sources, FetchProperties fetch, AddressPolicy policy) {
        this.policy = policy;
        this.maxBytes = sources.maxPageBytes().toBytes();
        this.maxRedirects = fetch.maxRedirects();
        this.totalTimeout = fetch.totalTimeout();
        this.client = PinnedHttpClient.create(sources.httpTimeout());
    }

    /** @param previous validators of the last response; their headers make the GET conditional */
    Fetched get(String url, Validators previous) throws IOException {
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        URI uri = FetchUrls.parse(url);
        for (int redirects = 0; ; redirects++) {
            InetAddress address;
            try {
                address = policy.check(uri);
            } catch (RefusedFetchException e) {
                throw redirects == 0 ? e : new RefusedFetchException("redirect " + redirects + " to " + e.getMessage());
            }
            Hop hop = exchange(uri, address, previous, deadline);
            if (hop.location() == null) {
                return hop.fetched();
            }
            if (redirects == maxRedirects) {
                throw new RefusedFetchException(url + " redirects more than " + maxRedirects + " times (last to "
                        + hop.location() + ")");
            }
            uri = FetchUrls.redirect(uri, hop.location());
        }
    }

    private Hop exchange(URI uri, InetAddress address, Validators previous, long deadline) throws IOException {
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", ACCEPT);
        if (previous.etag() != null) {
            request.setHeader("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.setHeader("If-Modified-Since", previous.lastModified());
        }
        ScheduledFuture<?> alarm = alarms.schedule(request::cancel, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        boolean readToTheEnd = false;
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(new HttpHost(uri.getScheme(), address, AddressPolicy.bare(uri.getHost()),
                    uri.getPort()), request, null);
            String location = header(response, "Location");
            if (REDIRECTS.contains(response.getCode()) && location != null) {
                return new Hop(null, location);
            }
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0]
                    : LimitedBody.read(entity.getContent(), entity.getContentLength(), maxBytes);
            readToTheEnd = true;
            return new Hop(new Fetched(response.getCode(), body, header(response, "Content-Type"),
                    new Validators(header(response, "ETag"), header(response, "Last-Modified"))), null);
        } catch (IOException e) {
            if (request.isCancelled()) {
                // Only the alarm cancels the request before this point.
                throw new SocketTimeoutException("no complete answer from " + uri + " within " + totalTimeout);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            release(request, response, readToTheEnd);
        }
    }

    /** Closing alone would read the rest of a body nobody wants, however long; dropping the connection does not. */
    private static void release(HttpGet request, ClassicHttpResponse response, boolean readToTheEnd)
            throws IOException {
        if (readToTheEnd) {
            if (response != null) {
                response.close();
            }
            return;
        }
        request.cancel();
        try {
            if (response != null) {
                response.close();
            }
        } catch (IOException dropped) {
            // the connection is gone already, as intended; what went wrong before is what matters
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        alarms.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }

    /** A response, or where it redirects to. */
    private record Hop(Fetched fetched, String location) {
    }
}
