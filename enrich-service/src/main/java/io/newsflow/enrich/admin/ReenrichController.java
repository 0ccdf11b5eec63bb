package io.newsflow.enrich.admin;

import io.newsflow.enrich.pipeline.Reenrichment;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/reenrich?since=<ISO instant>}: enriches the stored articles ingested since then again with
 * the current model and answers 202 with how many were scanned and how many changed (and were re-published).
 */
@RestController
class ReenrichController {

    private final AdminToken token;
    private final Reenrichment reenrichment;

    ReenrichController(AdminToken token, Reenrichment reenrichment) {
        this.token = token;
        this.reenrichment = reenrichment;
    }

    @PostMapping("/admin/reenrich")
    ResponseEntity<Map<String, Object>> reenrich(@RequestParam(required = false) String since,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!token.accepts(authorization)) {
            throw problem(HttpStatus.UNAUTHORIZED, "Admin token required",
                    "Send the admin token as 'Authorization: Bearer <token>' (NEWSFLOW_ADMIN_TOKEN, or the one "
                            + "enrich-service logged at start).");
        }
        Instant from = parse(since);
        Reenrichment.Result result = reenrichment.reenrich(from);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("since", from.toString(),
                "scanned", result.scanned(), "changed", result.changed()));
    }

    private static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid 'since'",
                    "'since' must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, not '" + since + "'.");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        ErrorResponseException exception = new ErrorResponseException(status, problem, null);
        if (status == HttpStatus.UNAUTHORIZED) {
            exception.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-admin\"");
        }
        return exception;
    }
}
