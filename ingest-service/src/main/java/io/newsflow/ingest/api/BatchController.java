package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.model.EventCodec;
import io.newsflow.support.json.UnknownFields;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/articles:batch}: NDJSON, one article per line, answered with one NDJSON result line per input
 * line, in order. Lines succeed or fail on their own; a line is {@code accepted} only once Kafka acknowledged it.
 */
@RestController
class BatchController {

    /** The events' mapper, but refusing fields an article does not have. */
    private static final JsonMapper STRICT = EventCodec.mapper().rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final ArticleIngestion ingestion;
    private final RequestBodies bodies;

    BatchController(ArticleIngestion ingestion, RequestBodies bodies) {
        this.ingestion = ingestion;
        this.bodies = bodies;
    }

    @PostMapping(path = "/api/articles:batch", consumes = {"application/x-ndjson", "application/jsonl"})
    ResponseEntity<String> ingestBatch(HttpServletRequest request) throws IOException {
        String[] lines = new String(bodies.read(request), StandardCharsets.UTF_8).split("\r?\n", -1);
        List<BatchLine> results = new ArrayList<>();
        List<ArticleSubmission> valid = new ArrayList<>();
        List<Integer> validLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                ArticleRequest article = STRICT.readValue(lines[i], ArticleRequest.class);
                if (article == null) {
                    throw new InvalidArticleException("The line is null; each line must be a JSON object with "
                            + "'title' and 'body'.");
                }
                valid.add(article.toSubmission());
                validLines.add(i + 1);
                results.add(null);
            } catch (JacksonException e) {
                String unknown = UnknownFields.describe(e).map(u -> "The line has an " + u + ".").orElse(null);
                results.add(BatchLine.rejected(i + 1, 400,
                        unknown != null ? unknown : "Malformed JSON: " + e.getOriginalMessage()));
            } catch (InvalidArticleException e) {
                results.add(BatchLine.rejected(i + 1, 422, e.getMessage()));
            }
        }
        List<IngestResult> ingested = ingestion.ingestAll(valid);
        int next = 0;
        for (int i = 0; i < results.size() && next < ingested.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, BatchLine.of(validLines.get(next), ingested.get(next)));
                next++;
            }
        }
        return respond(results);
    }

    private static ResponseEntity<String> respond(List<BatchLine> results) {
        StringBuilder body = new StringBuilder();
        results.forEach(line -> body.append(EventCodec.mapper().writeValueAsString(line)).append('\n'));
        boolean allUnavailable = !results.isEmpty() && results.stream().allMatch(r -> r.status() == 503);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(allUnavailable ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.OK).contentType(NDJSON);
        if (results.stream().anyMatch(r -> r.status() == 503)) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(body.toString());
    }
}
