package io.newsflow.enrich.admin;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems the admin endpoints answer with. */
final class AdminProblems {

    private AdminProblems() {
    }

    static ErrorResponseException unauthorized() {
        return problem(HttpStatus.UNAUTHORIZED, "Admin token required",
                "Send the admin token as 'Authorization: Bearer <token>' (NEWSFLOW_ADMIN_TOKEN, or the one "
                        + "enrich-service logged at start).", Map.of());
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        properties.forEach(problem::setProperty);
        ErrorResponseException exception = new ErrorResponseException(status, problem, null);
        if (status == HttpStatus.UNAUTHORIZED) {
            exception.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-admin\"");
        }
        return exception;
    }
}
