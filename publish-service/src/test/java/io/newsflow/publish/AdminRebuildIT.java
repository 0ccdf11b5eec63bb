package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Recommendation;
import io.newsflow.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "newsflow.publish.admin-token=admin-token")
class AdminRebuildIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void rebuildsALostReadModelFromTheEnrichedTopic() throws Exception {
        ArticleEnriched article = Articles.enriched("rebuild-" + UUID.randomUUID(), 1, "重建测试", Instant.now());
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/articles/" + article.id()) == 200);

        mongo.getCollection("articles").deleteOne(new Document("_id", article.id()));
        assertThat(status("/articles/" + article.id())).isEqualTo(404);

        HttpResponse<String> rebuilt = post("/admin/rebuild", "admin-token");
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(EventCodec.mapper().readTree(rebuilt.body()).get("replayed").asLong()).isPositive();
        assertThat(status("/articles/" + article.id())).isEqualTo(200);
    }

    @Test
    void rebuildsAnOlderArticleWithTheRelationsChangesItsEnrichmentWasFollowedBy() throws Exception {
        ArticleEnriched article = Articles.enriched("rebuild-rel-" + UUID.randomUUID(), 1, "重建关联", Instant.now());
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
        ArticleRelationsChanged change = new ArticleRelationsChanged(article.id(), 1, article.enrichedAt().plusSeconds(1),
                null, List.of(new Recommendation("related-" + article.id(), "相关", 0.5, List.of())), List.of());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, change.id(),
                EventCodec.encode(change));
        CloudEvent.of(CloudEvent.TYPE_RELATIONS_CHANGED, "/test").toHeaders().forEach(record.headers()::add);
        kafka.send(record).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> related(article.id()), ids -> !ids.isEmpty());

        mongo.getCollection("articles").deleteOne(new Document("_id", article.id()));
        assertThat(post("/admin/rebuild", "admin-token").statusCode()).isEqualTo(200);

        assertThat(related(article.id())).containsExactly("related-" + article.id());
    }

    private List<String> related(String id) {
        Document stored = mongo.getCollection("articles").find(new Document("_id", id)).first();
        return stored == null ? List.of() : stored.getList("recommendations", Document.class).stream()
                .map(r -> r.getString("articleId")).toList();
    }

    @Test
    void refusesAdminCallsWithoutTheAdminToken() throws Exception {
        assertThat(post("/admin/rebuild", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/admin/rebuild", "wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    private int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
