package io.newsflow.ingest.api;

import io.newsflow.ingest.article.IngestResult;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Body of a successful ingest: 202 for a new article or version, 200 for an exact repeat. */
record IngestResponse(String id, int version, String status) {

    static ResponseEntity<IngestResponse> of(IngestResult result) {
        HttpStatus status = result.status() == IngestResult.Status.ACCEPTED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new IngestResponse(result.id(), result.version(),
                result.status().name().toLowerCase(Locale.ROOT)));
    }
}
