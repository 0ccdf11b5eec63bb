package io.newsflow.ingest.source;

import io.newsflow.support.web.Problems;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /admin/sources}: operators register feeds, sitemaps and folders and watch how their polls go. */
@RestController
@RequestMapping("/admin/sources")
class SourceController {

    private final SourceRegistry registry;

    SourceController(SourceRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceView> register(@RequestBody SourceRequest request) {
        Registration registration = registry.register(SourceType.parse(request.type()), request.location(),
                request.name(), interval(request.pollInterval()));
        SourceView view = SourceView.of(registration.source());
        URI location = URI.create("/admin/sources/" + view.id());
        return registration.created() ? ResponseEntity.created(location).body(view)
                : ResponseEntity.ok().location(location).body(view);
    }

    @GetMapping
    List<SourceView> list() {
        return registry.list().stream().map(SourceView::of).toList();
    }

    @GetMapping("/{id}")
    SourceView get(@PathVariable String id) {
        return SourceView.of(registry.get(id));
    }

    @PostMapping("/{id}/pause")
    SourceView pause(@PathVariable String id) {
        return SourceView.of(registry.pause(id));
    }

    @PostMapping("/{id}/resume")
    SourceView resume(@PathVariable String id) {
        return SourceView.of(registry.resume(id));
    }

    @PostMapping("/{id}/poll")
    ResponseEntity<SourceView> pollNow(@PathVariable String id) {
        registry.pollNow(id);
        return ResponseEntity.accepted().body(SourceView.of(registry.get(id)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        registry.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidSourceException.class)
    ProblemDetail invalid(InvalidSourceException e) {
        return Problems.of(HttpStatus.BAD_REQUEST).type("invalid-source").title("Invalid source").detail(e.getMessage())
                .build();
    }

    @ExceptionHandler(UnknownSourceException.class)
    ProblemDetail unknown(UnknownSourceException e) {
        return Problems.of(HttpStatus.NOT_FOUND).type("unknown-source").title("Unknown source").detail(e.getMessage())
                .build();
    }

    private static Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSourceException("'pollInterval' must be an ISO-8601 duration such as PT5M, not '"
                    + text + "'.");
        }
    }
}
