package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SourceAdminApiIT extends SourceItSupport {

    private static final String FEED = "/feed.xml";

    @TempDir
    Path folder;

    @Test
    void registersASourceOnceAndAnswersARepeatWithTheExistingOne() {
        site.serveFixture(FEED, "rss.xml", "application/rss+xml");

        HttpResponse<String> created = admin.register("feed", site.url(FEED), "PT1M");
        HttpResponse<String> again = admin.register("feed", site.url(FEED), "PT2M");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode source = AdminClient.json(created);
        String id = source.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/sources/" + id));
        assertThat(source.get("type").asString()).isEqualTo("feed");
        assertThat(source.get("location").asString()).isEqualTo(site.url(FEED));
        assertThat(source.get("name").asString()).isEqualTo("feed under test");
        assertThat(source.get("pollInterval").asString()).isEqualTo("PT1M");
        assertThat(source.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(AdminClient.json(again).get("id").asString()).isEqualTo(id);
        assertThat(AdminClient.json(again).get("pollInterval").asString()).isEqualTo("PT1M");
        assertThat(AdminClient.json(admin.get("/admin/sources"))).hasSize(1);
        assertThat(admin.register("directory", folder.toString(), "PT1M").statusCode()).isEqualTo(201);
        assertThat(AdminClient.json(admin.get("/admin/sources"))).hasSize(2);
    }

    @Test
    void pauseStopsPollingAndResumeStartsItAgain() {
        site.serveFixture(FEED, "rss.xml", "application/rss+xml");
        String id = admin.registered("feed", site.url(FEED), "PT1S");
        await().atMost(WAIT).until(() -> site.count(FEED) >= 2);

        HttpResponse<String> paused = admin.post("/admin/sources/" + id + "/pause");

        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(AdminClient.json(paused).get("state").asString()).isEqualTo("PAUSED");
        int atPause = site.count(FEED);
        // At 1 s intervals an active source would poll three more times; a poll already under way may finish.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> site.count(FEED) <= atPause + 1);
        assertThat(admin.source(id).get("state").asString()).isEqualTo("PAUSED");

        HttpResponse<String> resumed = admin.post("/admin/sources/" + id + "/resume");

        assertThat(AdminClient.json(resumed).get("state").asString()).isEqualTo("ACTIVE");
        int atResume = site.count(FEED);
        await().atMost(WAIT).until(() -> site.count(FEED) >= atResume + 2);
    }

    @Test
    void pollNowPollsAPausedSourceOnce() {
        site.serveFixture(FEED, "rss.xml", "application/rss+xml");
        String id = admin.registered("feed", site.url(FEED), "PT1M");
        await().atMost(WAIT).until(() -> site.count(FEED) == 1);
        admin.post("/admin/sources/" + id + "/pause");

        HttpResponse<String> response = admin.post("/admin/sources/" + id + "/poll");

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> site.count(FEED) == 2);
        assertThat(site.requests(FEED).get(1).status()).isEqualTo(304);
    }

    @Test
    void deleteAnswers204AndTheSourceIsGoneAfterwards() {
        site.serveFixture(FEED, "rss.xml", "application/rss+xml");
        String id = admin.registered("feed", site.url(FEED), "PT1S");
        await().atMost(WAIT).until(() -> site.count(FEED) >= 1);

        HttpResponse<String> deleted = admin.delete("/admin/sources/" + id);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertProblem(admin.get("/admin/sources/" + id), 404);
        assertProblem(admin.delete("/admin/sources/" + id), 404);
        assertThat(AdminClient.json(admin.get("/admin/sources"))).isEmpty();
        int atDelete = site.count(FEED);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> site.count(FEED) <= atDelete + 1);
    }

    @Test
    void answersUnknownIdsWith404ProblemJson() {
        assertProblem(admin.get("/admin/sources/nope"), 404);
        assertProblem(admin.post("/admin/sources/nope/pause"), 404);
        assertProblem(admin.post("/admin/sources/nope/resume"), 404);
        assertProblem(admin.post("/admin/sources/nope/poll"), 404);
        assertProblem(admin.delete("/admin/sources/nope"), 404);
    }

    @Test
    void answersBadRegistrationsWith400ProblemJson() {
        assertThat(assertProblem(admin.register("podcast", site.url(FEED), "PT1M"), 400)).contains("feed, sitemap, directory");
        assertThat(assertProblem(admin.register("feed", "ftp://example.cn/feed.xml", "PT1M"), 400)).contains("http or https");
        assertThat(assertProblem(admin.register("sitemap", "not a url", "PT1M"), 400)).contains("not a valid URL");
        assertThat(assertProblem(admin.register("directory", "relative/folder", "PT1M"), 400)).contains("absolute");
        assertThat(assertProblem(admin.register("directory", folder.resolve("missing").toString(), "PT1M"), 400))
                .contains("not an existing folder");
        assertThat(assertProblem(admin.register("feed", site.url(FEED), "five minutes"), 400)).contains("ISO-8601");
        assertThat(assertProblem(admin.register("feed", site.url(FEED), "PT0.5S"), 400)).contains("minimum PT1S");
        assertThat(assertProblem(admin.post("/admin/sources", "{\"type\":\"feed\"}"), 400)).contains("'location' is required");
        assertProblem(admin.post("/admin/sources", "{\"type\": \"feed"), 400);
        assertThat(AdminClient.json(admin.get("/admin/sources"))).isEmpty();
    }

    @Test
    void refusesEveryEndpointWithoutTheAdminToken() {
        site.serveFixture(FEED, "rss.xml", "application/rss+xml");
        String id = admin.registered("feed", site.url(FEED), "PT1M");
        for (AdminClient intruder : new AdminClient[] {admin.withToken(null), admin.withToken("test-token")}) {
            assertProblem(intruder.register("feed", site.url("/other.xml"), "PT1M"), 401);
            assertProblem(intruder.get("/admin/sources"), 401);
            assertProblem(intruder.get("/admin/sources/" + id), 401);
            assertProblem(intruder.post("/admin/sources/" + id + "/pause"), 401);
            assertProblem(intruder.post("/admin/sources/" + id + "/resume"), 401);
            assertProblem(intruder.post("/admin/sources/" + id + "/poll"), 401);
            assertProblem(intruder.delete("/admin/sources/" + id), 401);
        }
        assertThat(admin.source(id).get("state").asString()).isEqualTo("ACTIVE");
        assertThat(AdminClient.json(admin.get("/admin/sources"))).hasSize(1);
    }

    /** @return the problem's detail */
    private static String assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = AdminClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
        return problem.get("detail").asString();
    }
}
