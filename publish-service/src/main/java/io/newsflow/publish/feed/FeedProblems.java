package io.newsflow.publish.feed;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for feed requests that cannot be served. */
@RestControllerAdvice(assignableTypes = FeedController.class)
class FeedProblems {

    @ExceptionHandler(BadFeedRequestException.class)
    ProblemDetail badRequest(BadFeedRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad feed request", e.getMessage(), "bad-feed-request");
    }

    @ExceptionHandler(UnknownArticleException.class)
    ProblemDetail unknownArticle(UnknownArticleException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown article", e.getMessage(), "unknown-article");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://newsflow.io/problems/" + type));
        return problem;
    }
}
