package io.newsflow.ingest.source.poll;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body but gives up as soon as it grows past the limit, so a huge page never sits in memory. The
 * limit applies to the decoded bytes, so a small gzip bomb is cut off like any other large body.
 */
final class LimitedBody {

    private LimitedBody() {
    }

    /** @param declaredLength the Content-Length, or negative when unknown; a larger one is refused before reading */
    static byte[] read(InputStream body, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            throw new TooLargeException("larger than " + limit + " bytes (Content-Length " + declaredLength + ")");
        }
        byte[] bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            throw new TooLargeException("larger than " + limit + " bytes");
        }
        return bytes;
    }

    /** The body passed the configured maximum. */
    static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
