package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.keywords.TermStatsStore;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EnrichPipelineIT extends EnrichServiceFixture {

    @Autowired
    TermStatsStore termStats;

    @Test
    void enrichesTheSeedArticleIntoMongoAndTheEnrichedTopic() throws Exception {
        ArticleIngested seed = seed("seed-" + UUID.randomUUID(), 1);
        try (TopicReader enriched = enrichedTopic()) {
            send(seed);

            TopicReader.Message message = await().atMost(Duration.ofSeconds(60))
                    .until(() -> find(enriched.poll(), seed.id()), m -> m != null);

            ArticleEnriched event = EventCodec.decode(message.value(), ArticleEnriched.class);
            assertThat(event.categories().get(0).path()).containsExactly("国内新闻", "上海新闻");
            assertThat(event.categories().get(0).code()).isEqualTo("domestic/shanghai");
            assertThat(event.keywords()).extracting(Keyword::term).contains("长宁", "虹桥友谊联盟")
                    .doesNotContain("今年", "活动", "国际", "合作", "交流");
            assertThat(event.summary()).isNotBlank();
            assertThat(event.simhash()).hasSize(16);
            assertThat(event.zhHant().title()).isIn("「六外聯動」,長寧構建大外事工作格局", "“六外聯動”,長寧構建大外事工作格局");
            assertThat(event.places()).startsWith("上海", "长宁");
            // 国内新闻 > 上海新闻 names a place, no topic: the classifier gives one from the words.
            assertThat(event.topic()).isNotNull();
            assertThat(event.topic().label()).isNotBlank();
            assertThat(event.topicAssignedBy()).isEqualTo(ArticleTopic.AssignedBy.CLASSIFIER);
            assertThat(event.topicConfidence()).isBetween(0.0, 1.0);
            assertThat(message.headers()).containsEntry(CloudEvent.TYPE, CloudEvent.TYPE_ENRICHED)
                    .containsEntry(CloudEvent.SPECVERSION, "1.0").containsKeys(CloudEvent.ID, CloudEvent.TIME);
            // Kafka is written before MongoDB: the record follows the event shortly.
            await().atMost(Duration.ofSeconds(10)).until(() -> stored(seed.id()) != null);
            assertThat(mongo.getDb().getName()).isEqualTo("newsflow_enrich");
        }
    }

    @Test
    void exposesReadinessAndPipelineMetricsForMachines() throws Exception {
        ArticleIngested article = seed("metrics-" + UUID.randomUUID(), 1);
        send(article);
        send("poison-" + UUID.randomUUID(), "not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        String metrics = await().atMost(Duration.ofSeconds(60)).until(() -> http("/actuator/prometheus"),
                body -> body.contains("newsflow_deadletters_total{topic=\"newsflow.articles.raw.v1\"")
                        && body.contains("newsflow_pipeline_latency_seconds_bucket{stage=\"enriched\""));
        assertThat(metrics).contains("newsflow_articles_enriched_total{result=\"enriched\"");
        String readiness = http("/actuator/health/readiness");
        assertThat(readiness).contains("\"status\":\"UP\"").contains("\"kafka\"").contains("\"mongo\"");
    }

    private String http(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void replayOfTheSameVersionProducesNoSecondEvent() throws Exception {
        ArticleIngested seed = seed("replay-" + UUID.randomUUID(), 1);
        try (TopicReader enriched = enrichedTopic()) {
            send(seed);
            await().atMost(Duration.ofSeconds(60)).until(() -> find(enriched.poll(), seed.id()) != null);

            send(seed);
            ArticleIngested marker = seed("marker-" + UUID.randomUUID(), 1);
            send(marker);
            await().atMost(Duration.ofSeconds(60)).until(() -> find(enriched.poll(), marker.id()) != null);

            assertThat(enriched.poll().stream().filter(m -> seed.id().equals(m.key()))).hasSize(1);
        }
    }

    @Test
    void sendsUnreadableEventsToTheDeadLetterTopicWithTheException() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (TopicReader dlt = new TopicReader(LocalInfra.shared().bootstrapServers(),
                Topics.deadLetter(Topics.ARTICLES_RAW))) {
            send(key, "{this is not json".getBytes(StandardCharsets.UTF_8));

            TopicReader.Message dead = await().atMost(Duration.ofSeconds(60)).until(() -> find(dlt.poll(), key),
                    m -> m != null);

            assertThat(dead.text()).isEqualTo("{this is not json");
            assertThat(dead.headers()).containsKeys("kafka_dlt-exception-fqcn", "kafka_dlt-original-topic");
            assertThat(dead.headers().get("kafka_dlt-exception-message")).contains("ArticleIngested");
        }
    }

    @Test
    void storesTheArticlesAroundAnUnreadableOneOfTheSamePoll() throws Exception {
        String key = "poll-" + UUID.randomUUID();
        ArticleIngested before = seed("before-" + key, 1);
        ArticleIngested after = seed("after-" + key, 1);
        try (TopicReader dlt = new TopicReader(LocalInfra.shared().bootstrapServers(),
                Topics.deadLetter(Topics.ARTICLES_RAW))) {
            // One key: one partition, in this order, and most likely one poll.
            kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, EventCodec.encode(before)));
            kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, "{broken".getBytes(StandardCharsets.UTF_8)));
            kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, EventCodec.encode(after))).get();

            await().atMost(Duration.ofSeconds(60)).until(() -> find(dlt.poll(), key), m -> m != null);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> stored(before.id()) != null && stored(after.id()) != null);
        }
    }

    @Test
    void continuesTheTraceOfTheRawEventOnTheEnrichedOne() throws Exception {
        ArticleIngested article = seed("traced-" + UUID.randomUUID(), 1);
        try (TopicReader raw = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_RAW);
                TopicReader enriched = enrichedTopic()) {
            send(article);

            String rawTrace = await().atMost(Duration.ofSeconds(60))
                    .until(() -> find(raw.poll(), article.id()), m -> m != null).headers().get("traceparent");
            TopicReader.Message message = await().atMost(Duration.ofSeconds(60))
                    .until(() -> find(enriched.poll(), article.id()), m -> m != null);

            assertThat(rawTrace).isNotNull();
            assertThat(message.headers().get("traceparent")).startsWith(rawTrace.substring(0, 35))
                    .isNotEqualTo(rawTrace);
        }
    }

    @Test
    void keepsCorpusTermStatisticsInMongoOncePerArticle() throws Exception {
        ArticleIngested seed = seed("stats-" + UUID.randomUUID(), 1);
        send(seed);

        // The claims of a batch are written first and its counts right after them: wait for both.
        await().atMost(Duration.ofSeconds(60)).until(() -> counted(seed.id()) && stored(seed.id()) != null
                && storedCounts().documents() == mongo.getCollection("term_stats_counted").countDocuments());

        StoredCounts stored = storedCounts();
        assertThat(stored.terms().getOrDefault("长宁", 0)).isBetween(1, (int) stored.documents());
        assertThat(stored.terms().getOrDefault("虹桥友谊联盟", 0)).isBetween(1, (int) stored.documents());
    }

    private boolean counted(String id) {
        return mongo.getCollection("term_stats_counted").find(new Document("_id", id)).first() != null;
    }

    /** What a starting instance would load: the store's counts, read through the port. */
    private StoredCounts storedCounts() {
        Map<String, Integer> terms = new HashMap<>();
        long documents = termStats.load(terms::put);
        return new StoredCounts(documents, terms);
    }

    private record StoredCounts(long documents, Map<String, Integer> terms) {
    }
}
