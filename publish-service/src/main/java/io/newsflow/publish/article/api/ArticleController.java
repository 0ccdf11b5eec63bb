package io.newsflow.publish.article.api;

import io.newsflow.publish.article.ReadModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /articles/{id}}: one enriched article as JSON. */
@RestController
class ArticleController {

    private final ReadModel readModel;

    ArticleController(ReadModel readModel) {
        this.readModel = readModel;
    }

    @GetMapping(value = "/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> article(@PathVariable String id) {
        return readModel.find(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article with id " + id + ".")));
    }
}
