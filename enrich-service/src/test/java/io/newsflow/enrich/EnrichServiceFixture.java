package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.SeedArticle;
import io.newsflow.enrich.pipeline.Corpus;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.Body;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EnrichedArticleEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service against the embedded broker and Mongo-wire server. Every integration test class extends this one,
 * so they share one application context: two contexts would split the raw topic's partitions between two
 * listeners, each with its own in-memory index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.retry.attempts=1", "newsflow.retry.initial-interval-ms=100",
        "newsflow.enrich.admin-token=" + EnrichServiceFixture.ADMIN_TOKEN})
abstract class EnrichServiceFixture {

    static final String ADMIN_TOKEN = "test-admin-token";

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

    void send(String key, byte[] value) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, value)).get();
    }

    void send(ArticleIngested article) throws Exception {
        send(article.id(), EventCodec.encode(article));
    }

    static TopicReader enrichedTopic() {
        return new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_ENRICHED);
    }

    static TopicReader.Message find(List<TopicReader.Message> messages, String key) {
        return messages.stream().filter(m -> key.equals(m.key())).findFirst().orElse(null);
    }

    /**
     * The article's records as a consumer of the topic holds them after each of its events: an enrichment as it is,
     * a relations change applied to the record before it (and checked to apply).
     */
    static List<ArticleEnriched> events(List<TopicReader.Message> messages, String key) {
        List<ArticleEnriched> records = new ArrayList<>();
        messages.stream().filter(m -> key.equals(m.key())).forEach(m -> {
            EnrichedArticleEvent event = EnrichedArticleEvent.decode(m.value(), m.headers().get(CloudEvent.TYPE));
            if (event instanceof ArticleRelationsChanged change) {
                ArticleEnriched current = records.isEmpty() ? null : records.get(records.size() - 1);
                assertThat(change.appliesTo(current)).as("relations change of %s applies to its record", key).isTrue();
                records.add(change.applyTo(current));
            } else {
                records.add((ArticleEnriched) event);
            }
        });
        return records;
    }

    Document stored(String id) {
        return mongo.getCollection("articles").find(new Document("_id", id)).first();
    }

    static ArticleIngested seed(String id, int version) {
        return new ArticleIngested(id, null, null, SeedArticle.TITLE, new Body(SeedArticle.body(), ""),
                Instant.parse("2021-10-15T07:08:02Z"), "长宁时报", "", List.of("国内新闻", "上海新闻"), "zh-Hans",
                "a".repeat(64), version, Instant.now(), Origin.PAGE, List.of());
    }

    /** A corpus article under a new id, so that each test run has its own. */
    static ArticleIngested corpus(String corpusId, String id) {
        ArticleIngested a = Corpus.load().stream().filter(e -> e.id().equals(corpusId)).findFirst().orElseThrow()
                .article();
        return new ArticleIngested(id, a.url(), a.canonicalUrl(), a.title(), a.body(), a.publishedAt(), a.source(),
                a.author(), a.breadcrumb(), a.language(), a.contentHash(), a.version(), Instant.now(), a.origin(),
                a.sourceKeywords());
    }
}
