package io.newsflow.publish.feed;

import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/**
 * Feed bytes with their validators, rendered once per change of the cache. Compressed forms are made on first
 * request and kept, so a busy feed is compressed once per change, not once per request.
 */
final class RenderedFeed {

    private final long revision;
    private final byte[] body;
    private final String etag;
    private final Instant lastModified;
    private volatile byte[] gzip;
    private volatile byte[] brotli;

    RenderedFeed(long revision, byte[] body, String etag, Instant lastModified) {
        this.revision = revision;
        this.body = body;
        this.etag = etag;
        this.lastModified = lastModified;
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
}
