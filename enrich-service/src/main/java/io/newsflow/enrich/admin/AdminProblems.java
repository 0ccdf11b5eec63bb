package io.newsflow.enrich.admin;

import io.newsflow.support.web.Problems;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
        ErrorResponseException exception = Problems.of(status).type(Problems.ABOUT_BLANK).title(title).detail(detail)
                .properties(properties).exception();
        if (status == HttpStatus.UNAUTHORIZED) {
            exception.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-admin\"");
        }
        return exception;
    }
}
