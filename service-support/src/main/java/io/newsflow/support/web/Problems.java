package io.newsflow.support.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details as newsflow answers them: a status, a title, a detail a person can act on, any extension
 * members, and a {@code type}: one under {@value #TYPES} where the service names its problem, otherwise
 * {@link #ABOUT_BLANK} ("nothing more than the status") written out, or no type at all, which the RFC reads the
 * same way.
 * <pre>{@code
 * Problems.of(HttpStatus.NOT_FOUND).type("unknown-source").title("Unknown source").detail(why).build()
 * }</pre>
 */
public final class Problems {

    /** Where newsflow's own problem types live. */
    public static final String TYPES = "https://newsflow.io/problems/";

    /** The type of a problem that says no more than its status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    /** Serializes problems as Spring MVC does, extension members at the top level, absent members left out. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private Problems() {
    }

    public static Builder of(HttpStatusCode status) {
        return new Builder(status);
    }

    /** The type named after a status, for problems that say no more than it: {@code .../problems/not-found}. */
    public static URI typeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String name = known == null ? "error-" + status.value() : known.getReasonPhrase();
        return URI.create(TYPES + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    /** The problem as a JSON body, for code that writes the response itself (filters, the servlet container). */
    public static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }

    /** One problem under construction; without a title it has the status' reason phrase, without a type none. */
    public static final class Builder {

        private final HttpStatusCode status;
        private final ProblemDetail problem;

        private Builder(HttpStatusCode status) {
            this.status = status;
            this.problem = ProblemDetail.forStatus(status);
        }

        /** A type of newsflow's own, named {@code name} under {@value Problems#TYPES}. */
        public Builder type(String name) {
            return type(URI.create(TYPES + name));
        }

        public Builder type(URI type) {
            problem.setType(type);
            return this;
        }

        public Builder title(String title) {
            problem.setTitle(title);
            return this;
        }

        public Builder detail(String detail) {
            problem.setDetail(detail);
            return this;
        }

        public Builder instance(URI instance) {
            problem.setInstance(instance);
            return this;
        }

        /** An extension member, such as the {@code errors} of a rejected batch. */
        public Builder property(String name, Object value) {
            problem.setProperty(name, value);
            return this;
        }

        public Builder properties(Map<String, ?> properties) {
            properties.forEach(problem::setProperty);
            return this;
        }

        public ProblemDetail build() {
            return problem;
        }

        /** For handlers that choose between a problem and another body: the status and application/problem+json. */
        public ResponseEntity<ProblemDetail> response() {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }

        /** For code that throws its problem rather than returning it. */
        public ErrorResponseException exception() {
            return new ErrorResponseException(status, problem, null);
        }
    }
}
