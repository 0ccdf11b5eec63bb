package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.IngestedArticle;
import io.newsflow.model.EventCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/articles} takes an article as JSON; {@code GET /api/articles/{id}} shows what was ingested. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleIngestion ingestion;

    ArticleController(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> ingestArticle(@RequestBody ArticleRequest request) {
        if (request == null) {
            throw new InvalidArticleException("The body must be a JSON object with 'title' and 'body'.");
        }
        return IngestResponse.of(ingestion.ingest(request.toSubmission()));
    }

    /** The latest version's fields (parse warnings always, if only as an empty list), its status, every version. */
    @GetMapping("/{id}")
    ResponseEntity<?> article(@PathVariable String id) {
        return ingestion.find(id)
                .<ResponseEntity<?>>map(article -> ResponseEntity.ok(view(article)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemHandler.problem(
                        HttpStatus.NOT_FOUND, "Unknown article", "No article with id " + id + ".", "unknown-article")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> view(IngestedArticle article) {
        Map<String, Object> view = new LinkedHashMap<>(EventCodec.mapper().convertValue(article.latest(), Map.class));
        // The event leaves the field out when empty; a reader of the API should not have to know that.
        view.put("parseWarnings", article.latest().parseWarnings());
        view.put("status", "accepted");
        view.put("versions", article.versions());
        return view;
    }
}
