package io.newsflow.ingest.api;

import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageDecoder;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every error. Framework errors (malformed JSON, unsupported media type, unknown
 * route) come from {@link ResponseEntityExceptionHandler}; ours are mapped here. No stack trace leaves the service.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(NotAnArticleException.class)
    ProblemDetail notAnArticle(NotAnArticleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not an article", e.getMessage(), "not-an-article");
    }

    @ExceptionHandler(PageDecoder.UndecodableException.class)
    ProblemDetail undecodable(PageDecoder.UndecodableException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Undecodable body", e.getMessage(), "undecodable-body");
    }

    @ExceptionHandler(InvalidArticleException.class)
    ProblemDetail invalid(InvalidArticleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid article", e.getMessage(), "invalid-article");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage(), "payload-too-large");
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> unavailable(PublishFailedException e) {
        log.warn("{}: {}", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable",
                "The article was not accepted because Kafka did not acknowledge it; retry later.", "broker-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed inside ingest-service; it has been logged.", "internal-error");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://newsflow.io/problems/" + type));
        return problem;
    }
}
