package io.newsflow.ingest.api;

import io.newsflow.ingest.IngestProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/** Reads request bodies up to the configured limit, whether or not the client declared a length. */
@Component
class RequestBodies {

    private final long limit;

    RequestBodies(IngestProperties properties) {
        this.limit = properties.maxBodySize().toBytes();
    }

    byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return body;
        }
    }
}
