package io.newsflow.publish.web;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.support.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /articles/{id}}: one enriched article, as a page for browsers ({@code Accept: text/html} preferred)
 * and as JSON for everything else.
 */
@Tag(name = "Articles")
@RestController
class ArticleController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final ReadModel readModel;
    private final ArticlePage page;

    ArticleController(ReadModel readModel, ArticlePage page) {
        this.readModel = readModel;
        this.page = page;
    }

    @Operation(summary = "One enriched article", description = "JSON (the enriched article: text, categories, "
            + "keywords, summary, recommendations) unless the client ranks text/html above JSON, as browsers do; then "
            + "a portal-style page.")
    @ApiResponse(responseCode = "200", description = "The article", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleEnriched.class)),
            @Content(mediaType = "text/html")})
    @ApiResponse(responseCode = "404", description = "No article with this id.")
    @GetMapping("/articles/{id}")
    ResponseEntity<?> article(@Parameter(description = "The article id, as in feeds and pushes.") @PathVariable String id,
            @Parameter(description = "text/html (ranked above JSON) for the page; anything else for JSON.")
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean html = prefersHtml(accept);
        return readModel.find(id)
                .<ResponseEntity<?>>map(article -> html
                        ? ResponseEntity.ok().contentType(HTML).body(page.render(article))
                        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(article))
                .orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND).detail("No article with id " + id + ".").response());
    }

    /** True when the client ranks HTML above JSON, as browsers do; {@code *}{@code /*} alone means JSON. */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException e) {
            return false;
        }
        double html = quality(types, MediaType.TEXT_HTML);
        double json = quality(types, MediaType.APPLICATION_JSON);
        return html > json;
    }

    private static double quality(List<MediaType> types, MediaType wanted) {
        return types.stream().filter(t -> !t.isWildcardType() && t.includes(wanted))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }
}
