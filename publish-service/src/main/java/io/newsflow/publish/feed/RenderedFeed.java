package io.newsflow.publish.feed;

import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;

/**
 * Feed bytes with their validators and response headers, rendered once per change of the cache. Compressed forms
 * and the spooled file that the connector sends with sendfile are made on first request and kept, so a busy feed
 * is compressed and written once per change, not once per request.
 */
final class RenderedFeed {

    private final long revision;
    private final byte[] body;
    private final String etag;
    private final Instant lastModified;
    private final String httpDate;
    private final String contentType;
    private final List<String> links;
    private volatile byte[] gzip;
    private volatile byte[] brotli;
    private volatile Path file;
    private volatile boolean retired;

    RenderedFeed(long revision, byte[] body, String etag, Instant lastModified, FeedFormat format, List<String> links) {
        this.revision = revision;
        this.body = body;
        this.etag = etag;
        this.lastModified = lastModified;
        HttpHeaders date = new HttpHeaders();
        date.setLastModified(lastModified);
        this.httpDate = date.getFirst(HttpHeaders.LAST_MODIFIED);
        this.contentType = format.mediaType().toString();
        this.links = List.copyOf(links);
    }

    long revision() {
        return revision;
    }

    byte[] body() {
        return body;
    }

    /** The strong validator of the uncompressed bytes, without quotes. */
    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }

    /** {@link #lastModified()} as an HTTP date. */
    String httpDate() {
        return httpDate;
    }

    String contentType() {
        return contentType;
    }

    /** Link header values: the WebSub hub and the feed itself. */
    List<String> links() {
        return links;
    }

    byte[] gzip() {
        byte[] compressed = gzip;
        if (compressed == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            compressed = out.toByteArray();
            gzip = compressed;
        }
        return compressed;
    }

    /** Brotli, or null where the native encoder is not available on this platform. */
    byte[] brotli() {
        byte[] compressed = brotli;
        if (compressed == null && Brotli.AVAILABLE) {
            try {
                compressed = Encoder.compress(body, new Encoder.Parameters().setQuality(5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            brotli = compressed;
        }
        return compressed;
    }

    /** The body in a file of its own, or null once this rendering is replaced or when the file cannot be written. */
    Path file(FeedFiles files) {
        Path spooled = file;
        if (spooled == null && !retired) {
            synchronized (this) {
                if (file == null && !retired) {
                    file = files.write(body);
                }
                spooled = file;
            }
        }
        return retired ? null : spooled;
    }

    /** A newer rendering replaced this one: its file goes once requests that already chose it are done. */
    synchronized void retire(FeedFiles files) {
        retired = true;
        if (file != null) {
            files.retire(file);
        }
    }

    boolean retired() {
        return retired;
    }
}
