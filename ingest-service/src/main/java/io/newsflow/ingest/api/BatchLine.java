package io.newsflow.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.article.IngestResult;

/**
 * One result line of a batch: the input line number, an HTTP-like status for that line (202 accepted,
 * 200 duplicate, 400/413/422 rejected, 503 unavailable: retry the line), and the article id or the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchLine(int line, int status, String result, String id, Integer version, String reason) {

    static BatchLine rejected(int line, int status, String reason) {
        return new BatchLine(line, status, "rejected", null, null, reason);
    }

    static BatchLine of(int line, IngestResult result) {
        return switch (result.status()) {
            case ACCEPTED -> new BatchLine(line, 202, "accepted", result.id(), result.version(), null);
            case DUPLICATE -> new BatchLine(line, 200, "duplicate", result.id(), result.version(), null);
            case TOO_LARGE -> rejected(line, 413, result.reason());
            case UNAVAILABLE -> new BatchLine(line, 503, "unavailable", result.id(), null,
                    "Kafka did not acknowledge this line; send it again.");
        };
    }
}
