package io.newsflow.ingest.source;

import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One shared application context for every source IT (same properties, so Spring caches it), a fake site per
 * test, and the raw topic. Sources a test registered are deleted after it, so no other context polls them later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.ingest.token=test-token", "newsflow.ingest.admin-token=admin-token",
            "newsflow.ingest.sources.http-timeout=PT3S",
            // The fake sites are on 127.0.0.1, which production refuses.
            "newsflow.ingest.sources.fetch.allow-private-addresses=true"})
abstract class SourceItSupport {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String INGESTED = "io.newsflow.article.ingested.v1";

    private static TopicReader raw;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void readRawTopic() {
        raw = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_RAW);
    }

    @AfterAll
    static void closeReader() {
        raw.close();
    }

    @LocalServerPort
    int port;

    AdminClient admin;
    FakeSite site;

    @BeforeEach
    void startSite() {
        admin = new AdminClient(port, "admin-token");
        site = FakeSite.start();
    }

    @AfterEach
    void removeSourcesAndSite() {
        for (JsonNode source : AdminClient.json(admin.get("/admin/sources"))) {
            admin.delete("/admin/sources/" + source.get("id").asString());
        }
        site.close();
    }

    /** Every event so far on the raw topic whose article matches. */
    static synchronized List<ArticleIngested> articles(Predicate<ArticleIngested> filter) {
        return raw.poll().stream().filter(message -> INGESTED.equals(message.headers().get("ce_type")))
                .map(message -> EventCodec.decode(message.value(), ArticleIngested.class))
                .filter(filter).toList();
    }

    /** Events for pages of this test's site. */
    List<ArticleIngested> siteArticles() {
        String base = site.base() + "/";
        return articles(article -> article.url() != null && article.url().startsWith(base));
    }

    List<ArticleIngested> awaitSiteArticles(int count) {
        return await().atMost(WAIT).until(this::siteArticles, list -> list.size() >= count);
    }

    JsonNode awaitSource(String id, Predicate<JsonNode> condition) {
        return await().atMost(WAIT).until(() -> admin.source(id), condition::test);
    }
}
