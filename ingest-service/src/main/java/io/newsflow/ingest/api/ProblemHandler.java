package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleTooLargeException;
import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageDecoder;
import io.newsflow.support.json.UnknownFields;
import io.newsflow.support.web.Problems;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem+json for every error. Framework errors (unsupported media type, unknown route) come from
 * {@link ResponseEntityExceptionHandler} and get a {@code type} named after their status; ours, and unreadable JSON,
 * are mapped here. No stack trace leaves the service.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final int MAX_PARSER_MESSAGE = 300;

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

    @ExceptionHandler(ArticleTooLargeException.class)
    ProblemDetail articleTooLarge(ArticleTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Article too large", e.getMessage(), "article-too-large");
    }

    /** The JSON parser's own words say where the body went wrong; a body over the limit is 413, not 400. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        Optional<String> unknown = UnknownFields.describe(e);
        if (unknown.isPresent()) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unknown field",
                    "The article has an " + unknown.get() + "; see /v3/api-docs for its fields.", "unknown-field"));
        }
        // Only the parser's message: the framework's own names the controller method.
        String reason = e.getMostSpecificCause() instanceof JacksonException json ? json.getOriginalMessage() : null;
        reason = reason == null || reason.isBlank() ? "the body is empty or unreadable" : reason;
        if (reason.length() > MAX_PARSER_MESSAGE) {
            reason = reason.substring(0, MAX_PARSER_MESSAGE) + "…";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                "The body is not a JSON article with 'title' and 'body': " + reason, "malformed-json"));
    }

    /** Framework problems come without a type; they get one named after their status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.typeOf(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
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

    static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status).type(type).title(title).detail(detail).build();
    }
}
