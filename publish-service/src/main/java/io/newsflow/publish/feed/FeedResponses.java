package io.newsflow.publish.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a rendered feed as the answer to one request: validators, caching and Link headers, 304 for a conditional
 * request that still holds, else the body in the encoding the client prefers. Large plain bodies go by sendfile
 * where the connector offers it, as a static file server sends them. Each answer is counted in
 * {@code newsflow.feed.responses} (status, encoding).
 */
@Component
class FeedResponses {

    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";
    /** Below this a plain write costs less than opening the file (Tomcat's DefaultServlet uses the same bound). */
    static final int SENDFILE_MIN_BYTES = 48 * 1024;

    private static final String CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue();

    private final FeedFiles files;
    private final Counter notModified;
    private final Counter identity;
    private final Counter gzip;
    private final Counter brotli;

    FeedResponses(FeedFiles files, MeterRegistry meters) {
        this.files = files;
        this.notModified = counter(meters, "304", "none");
        this.identity = counter(meters, "200", "identity");
        this.gzip = counter(meters, "200", "gzip");
        this.brotli = counter(meters, "200", "br");
    }

    /**
     * @param repeated whether this rendering was asked for before: only then is spooling it to a file for sendfile
     *     worth it, a query seen once (a partner's own filter, a cursor page) is sent from memory
     */
    void write(RenderedFeed feed, boolean repeated, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String encoding = Negotiation.encoding(request.getHeader(HttpHeaders.ACCEPT_ENCODING), feed);
        response.setHeader(HttpHeaders.ETAG, Negotiation.quotedTag(feed, encoding));
        response.setHeader(HttpHeaders.LAST_MODIFIED, feed.httpDate());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        for (String link : feed.links()) {
            response.addHeader(HttpHeaders.LINK, link);
        }
        if (notModified(request, feed)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            notModified.increment();
            return;
        }
        response.setContentType(feed.contentType());
        switch (encoding) {
            case "br" -> send(response, "br", feed.brotli(), brotli);
            case "gzip" -> send(response, "gzip", feed.gzip(), gzip);
            default -> sendPlain(feed, repeated, request, response);
        }
    }

    private void sendPlain(RenderedFeed feed, boolean repeated, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        byte[] body = feed.body();
        Path file = repeated && body.length >= SENDFILE_MIN_BYTES && "GET".equals(request.getMethod())
                && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT)) ? feed.file(files) : null;
        if (file == null) {
            send(response, null, body, identity);
            return;
        }
        response.setContentLength(body.length);
        request.setAttribute(SENDFILE_FILENAME, file.toString());
        request.setAttribute(SENDFILE_START, 0L);
        request.setAttribute(SENDFILE_END, (long) body.length);
        identity.increment();
    }

    private static void send(HttpServletResponse response, String encoding, byte[] body, Counter counter)
            throws IOException {
        if (encoding != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, encoding);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        counter.increment();
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110); any encoding's tag of the same bytes matches. */
    private static boolean notModified(HttpServletRequest request, RenderedFeed feed) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Negotiation.matchesAny(ifNoneMatch, feed.etag());
        }
        long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        return since != -1 && !feed.lastModified().isAfter(Instant.ofEpochMilli(since));
    }

    private static Counter counter(MeterRegistry meters, String status, String encoding) {
        return Counter.builder("newsflow.feed.responses").description("Feed responses by status and content coding")
                .tag("status", status).tag("encoding", encoding).register(meters);
    }
}
