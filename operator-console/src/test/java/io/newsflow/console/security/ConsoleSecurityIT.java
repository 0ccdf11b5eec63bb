package io.newsflow.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.ConsoleIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every console page, asset and API route is closed without the admin token or a login session. */
class ConsoleSecurityIT extends ConsoleIntegrationTest {

    private static final List<String> PAGES = List.of("/console", "/console/", "/console/index.html",
            "/console/console.js", "/console/console.css");
    private static final List<String> API_GETS = List.of("/console/api/tail", "/console/api/metrics",
            "/console/api/dead-letters", "/console/api/subscribers");
    private static final List<String> API_POSTS = List.of("/console/api/dead-letters/replay-all",
            "/console/api/dead-letters/newsflow.articles.raw.v1.DLT/0/0/replay",
            "/console/api/dead-letters/newsflow.articles.raw.v1.DLT/0/0/discard");

    @Test
    void pagesRedirectToTheLoginFormWithoutCredentials() {
        for (String page : PAGES) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/console/login");
        }
    }

    @Test
    void apiAnswers401ProblemJsonWithoutCredentials() {
        for (String path : API_GETS) {
            assertUnauthorized(path, get(path));
            assertUnauthorized(path, get(path, "Authorization", "Bearer wrong-token"));
            assertUnauthorized(path, get(path, "Cookie", "newsflow_console=forged-session"));
        }
        for (String path : API_POSTS) {
            assertUnauthorized(path, post(path));
        }
    }

    @Test
    void bearerTokenOpensTheApiAndThePage() {
        for (String path : List.of("/console/api/metrics", "/console/api/dead-letters", "/console/api/subscribers")) {
            assertThat(get(path, bearer()).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> page = get("/console", bearer());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("newsflow operator console");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
    }

    @Test
    void loginFormSetsAStrictHttpOnlySessionCookie() {
        HttpResponse<String> form = get("/console/login");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"token\"");

        HttpResponse<String> wrong = login("not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not the admin token");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> right = login(TOKEN);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").startsWith("newsflow_console=");
        String session = cookie.substring(0, cookie.indexOf(';'));

        assertThat(get("/console/api/metrics", "Cookie", session).statusCode()).isEqualTo(200);
        assertThat(get("/console", "Cookie", session).statusCode()).isEqualTo(200);

        assertThat(post("/console/logout", "Cookie", session).statusCode()).isEqualTo(303);
        assertUnauthorized("after logout", get("/console/api/metrics", "Cookie", session));
    }

    private HttpResponse<String> login(String token) {
        return send(HttpRequest.newBuilder(uri("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build());
    }

    private static void assertUnauthorized(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        assertThat(response.body()).as(what).contains("\"status\":401");
    }
}
