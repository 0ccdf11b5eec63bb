package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.pipeline.EnrichedArticleStore;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Keyword;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code POST /admin/reenrich}: the raw topic replayed through the current models, only changes republished. */
class AdminReenrichIT extends EnrichServiceFixture {

    @Autowired
    EnrichedArticleStore store;

    @Test
    void refusesReenrichmentWithoutTheAdminToken() throws Exception {
        HttpResponse<String> anonymous = new AdminClient(port, null).post("/admin/reenrich", "text/plain", "");
        HttpResponse<String> wrong = new AdminClient(port, "not-the-token").post("/admin/reenrich", "text/plain", "");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("Admin token required");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void replaysTheRawTopicAndRepublishesOnlyTheArticlesWhoseEnrichmentChanged() throws Exception {
        Instant since = Instant.now().minusSeconds(5);
        ArticleIngested unchanged = corpus("cu-1", "replay-same-" + UUID.randomUUID());
        ArticleIngested stale = corpus("cu-3", "replay-stale-" + UUID.randomUUID());
        send(unchanged);
        send(stale);
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(unchanged.id()) != null && stored(stale.id()) != null);
        // What an older model stored: fewer keywords than the current one gives.
        ArticleEnriched current = store.find(stale.id()).orElseThrow();
        List<Keyword> keywords = current.keywords();
        store.upsert(new ArticleEnriched(current.article(), current.categories(), keywords.subList(0, 1),
                current.entities(), current.summary(), current.simhash(), current.duplicateOf(),
                current.recommendations(), "enrich-older", current.enrichedAt(), current.places(), current.zhHant(),
                current.alsoReportedBy(), current.topic(), current.topicConfidence(), current.topicAssignedBy()));

        try (TopicReader enriched = enrichedTopic()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !events(enriched.poll(), stale.id()).isEmpty()
                    && !events(enriched.poll(), unchanged.id()).isEmpty());
            Instant replayed = Instant.now();

            JsonNode job = finished(start(since));

            assertThat(job.get("state").asString()).isEqualTo("DONE");
            assertThat(job.get("scanned").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(job.get("changed").asInt()).isPositive();
            ArticleEnriched republished = await().atMost(Duration.ofSeconds(30)).until(
                    () -> after(events(enriched.poll(), stale.id()), replayed), e -> e != null);
            assertThat(republished.keywords()).extracting(Keyword::term).hasSize(keywords.size());
            // Everything the replay published was acknowledged before it was DONE; none of it is the unchanged one.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> after(events(enriched.poll(), unchanged.id()), replayed) == null);
        }
    }

    private static ArticleEnriched after(List<ArticleEnriched> events, Instant time) {
        return events.stream().filter(e -> e.enrichedAt().isAfter(time)).findFirst().orElse(null);
    }

    @Test
    void aReplaySinceALaterTimeReadsNothing() throws Exception {
        JsonNode job = finished(start(Instant.now().plus(Duration.ofDays(1))));

        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("scanned").asInt()).isZero();
    }

    @Test
    void explainsAnUnreadableSince() throws Exception {
        HttpResponse<String> response = admin().post("/admin/reenrich?since=yesterday", "text/plain", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ISO-8601");
    }

    @Test
    void answersNotFoundForAnUnknownReplay() throws Exception {
        assertThat(admin().get("/admin/reenrich/no-such-replay").statusCode()).isEqualTo(404);
    }

    private AdminClient admin() {
        return new AdminClient(port, ADMIN_TOKEN);
    }

    /** Starts a replay, waiting for one that runs already to finish first. */
    private HttpResponse<String> start(Instant since) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> admin().post("/admin/reenrich?since=" + since, "text/plain", ""), r -> r.statusCode() == 202);
    }

    private JsonNode finished(HttpResponse<String> started) throws Exception {
        String status = started.headers().firstValue("Location").orElseThrow();
        return await().atMost(Duration.ofSeconds(60)).until(() -> AdminClient.json(admin().get(status).body()),
                job -> !job.get("state").asString().equals("RUNNING"));
    }
}
