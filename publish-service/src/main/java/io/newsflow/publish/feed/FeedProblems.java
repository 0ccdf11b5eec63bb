package io.newsflow.publish.feed;

import io.newsflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for feed requests that cannot be served. */
@RestControllerAdvice(assignableTypes = FeedController.class)
class FeedProblems {

    @ExceptionHandler(BadFeedRequestException.class)
    ProblemDetail badRequest(BadFeedRequestException e) {
        return Problems.of(HttpStatus.BAD_REQUEST).type("bad-feed-request").title("Bad feed request")
                .detail(e.getMessage()).build();
    }

    @ExceptionHandler(UnknownArticleException.class)
    ProblemDetail unknownArticle(UnknownArticleException e) {
        return Problems.of(HttpStatus.NOT_FOUND).type("unknown-article").title("Unknown article")
                .detail(e.getMessage()).build();
    }
}
