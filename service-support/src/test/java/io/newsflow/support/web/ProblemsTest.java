package io.newsflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void namesItsOwnProblemTypesUnderTheNewsflowTypes() {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND).type("unknown-source").title("Unknown source")
                .detail("No source src_1.").build();

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType()).hasToString("https://newsflow.io/problems/unknown-source");
        assertThat(problem.getTitle()).isEqualTo("Unknown source");
        assertThat(problem.getDetail()).isEqualTo("No source src_1.");
    }

    @Test
    void leavesTheTypeOutAndTitlesTheProblemAfterItsStatusWhenNotToldOtherwise() {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST).detail("'count' must be from 1 to 50.").build();

        JsonNode json = JSON.readTree(Problems.json(problem));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail");
        assertThat(json.get("title").asString()).isEqualTo("Bad Request");
    }

    @Test
    void namesATypeAfterTheStatusForProblemsThatSayNoMore() {
        assertThat(Problems.typeOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .hasToString("https://newsflow.io/problems/unsupported-media-type");
        assertThat(Problems.typeOf(HttpStatusCode.valueOf(599))).hasToString("https://newsflow.io/problems/error-599");
    }

    @Test
    void writesExtensionMembersAtTheTopLevelAndLeavesAbsentMembersOut() {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST).type(Problems.ABOUT_BLANK).title("Invalid examples")
                .detail("Say \"which\" line.").properties(Map.of("errors", List.of("line 2: no topic")))
                .property("field", "topic").build();

        JsonNode json = JSON.readTree(Problems.json(problem));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail", "errors",
                "field");
        assertThat(json.get("type").asString()).isEqualTo("about:blank");
        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("detail").asString()).isEqualTo("Say \"which\" line.");
        assertThat(json.get("errors").get(0).asString()).isEqualTo("line 2: no topic");
        assertThat(json.get("field").asString()).isEqualTo("topic");
    }

    @Test
    void writesWhatAFilterAnswersAsTheHandlersDo() {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED).type(Problems.ABOUT_BLANK)
                .detail("Send the admin token.").instance(URI.create("/admin/sources")).build();

        JsonNode json = JSON.readTree(Problems.json(problem));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
        assertThat(json.get("type").asString()).isEqualTo("about:blank");
        assertThat(json.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(json.get("status").asInt()).isEqualTo(401);
        assertThat(json.get("instance").asString()).isEqualTo("/admin/sources");
    }

    @Test
    void answersAsProblemJsonWithItsStatus() {
        ResponseEntity<ProblemDetail> response = Problems.of(HttpStatus.NOT_FOUND).detail("No article.").response();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getDetail()).isEqualTo("No article.");
    }

    @Test
    void throwsWithTheSameProblemAsItsBody() {
        ErrorResponseException exception = Problems.of(HttpStatus.UNAUTHORIZED).title("Admin token required")
                .exception();

        assertThat(exception.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exception.getBody().getTitle()).isEqualTo("Admin token required");
    }
}
