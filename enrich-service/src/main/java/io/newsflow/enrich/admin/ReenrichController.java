package io.newsflow.enrich.admin;

import io.newsflow.enrich.pipeline.Reenrichment;
import io.newsflow.enrich.pipeline.ReenrichmentJob;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/reenrich?since=<ISO instant>} replays the raw topic since then (all of it without
 * {@code since}) through the current models in the background and answers 202 with the replay's status URL
 * ({@code Location}); {@code GET /admin/reenrich/<id>} tells how many articles were replayed, changed (and
 * republished), unchanged and skipped. While one replay runs, another POST answers 409 with the running one.
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
        authorize(authorization);
        Reenrichment.Started started = reenrichment.start(parse(since));
        URI status = URI.create("/admin/reenrich/" + started.job().id());
        return ResponseEntity.status(started.started() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).location(status)
                .body(view(started.job()));
    }

    @GetMapping("/admin/reenrich/{id}")
    Map<String, Object> status(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        return reenrichment.job(id).map(ReenrichController::view).orElseThrow(() -> AdminProblems.problem(
                HttpStatus.NOT_FOUND, "Unknown re-enrichment", "No re-enrichment '" + id + "' ran on this instance "
                        + "since it started.", Map.of()));
    }

    private void authorize(String authorization) {
        if (!token.accepts(authorization)) {
            throw AdminProblems.unauthorized();
        }
    }

    private static Map<String, Object> view(ReenrichmentJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("status", "/admin/reenrich/" + job.id());
        view.put("state", job.state());
        view.put("since", job.since() == null ? null : job.since().toString());
        view.put("startedAt", job.startedAt().toString());
        view.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        view.put("scanned", job.scanned());
        view.put("changed", job.changed());
        view.put("unchanged", job.unchanged());
        view.put("skipped", job.skipped());
        if (job.error() != null) {
            view.put("error", job.error());
        }
        return view;
    }

    private static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw AdminProblems.problem(HttpStatus.BAD_REQUEST, "Invalid 'since'", "'since' must be an ISO-8601 "
                    + "instant such as 2026-11-01T00:00:00Z, not '" + since + "'.", Map.of());
        }
    }
}
