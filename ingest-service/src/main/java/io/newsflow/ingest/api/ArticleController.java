package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
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
        if (request == null || isBlank(request.title())) {
            throw new InvalidArticleException("The article needs a non-empty 'title'.");
        }
        String html = isBlank(request.bodyHtml()) ? "" : Jsoup.clean(request.bodyHtml(), Safelist.basic());
        String text = !isBlank(request.body()) ? request.body() : Jsoup.parse(html).wholeText();
        if (isBlank(text)) {
            throw new InvalidArticleException("The article needs a non-empty 'body' (plain text) or 'bodyHtml'.");
        }
        return IngestResponse.of(ingestion.ingest(new ArticleSubmission(request.url(), request.title(), text, html,
                request.publishedAt(), request.source(), request.author(), request.breadcrumb(),
                request.language() == null ? "zh-Hans" : request.language(), Origin.API, request.keywords())));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> article(@PathVariable String id) {
        return ingestion.find(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(
                        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article with id " + id + ".")));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
