package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.nlp.SeedArticle;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {"newsflow.retry.attempts=1", "newsflow.retry.initial-interval-ms=100"})
class EnrichPipelineIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void enrichesTheSeedArticleIntoMongoAndTheEnrichedTopic() throws Exception {
        ArticleIngested seed = seed("seed-" + UUID.randomUUID(), 1);
        try (TopicReader enriched = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_ENRICHED)) {
            send(seed.id(), EventCodec.encode(seed));

            TopicReader.Message message = await().atMost(Duration.ofSeconds(60))
                    .until(() -> find(enriched.poll(), seed.id()), m -> m != null);

            ArticleEnriched event = EventCodec.decode(message.value(), ArticleEnriched.class);
            assertThat(event.categories().get(0).path()).containsExactly("国内新闻", "上海新闻");
            assertThat(event.keywords()).extracting(Keyword::term).contains("长宁", "虹桥友谊联盟")
                    .doesNotContain("今年", "活动", "国际", "合作", "交流");
            assertThat(event.summary()).isNotBlank();
            assertThat(event.simhash()).hasSize(16);
            assertThat(message.headers()).containsEntry(CloudEvent.TYPE, CloudEvent.TYPE_ENRICHED)
                    .containsEntry(CloudEvent.SPECVERSION, "1.0").containsKeys(CloudEvent.ID, CloudEvent.TIME);
            Document stored = mongo.getCollection("articles").find(new Document("_id", seed.id())).first();
            assertThat(stored).isNotNull();
            assertThat(mongo.getDb().getName()).isEqualTo("newsflow_enrich");
        }
    }

    @Test
    void replayOfTheSameVersionProducesNoSecondEvent() throws Exception {
        ArticleIngested seed = seed("replay-" + UUID.randomUUID(), 1);
        try (TopicReader enriched = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_ENRICHED)) {
            send(seed.id(), EventCodec.encode(seed));
            await().atMost(Duration.ofSeconds(60)).until(() -> find(enriched.poll(), seed.id()) != null);

            send(seed.id(), EventCodec.encode(seed));
            ArticleIngested marker = seed("marker-" + UUID.randomUUID(), 1);
            send(marker.id(), EventCodec.encode(marker));
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

    private void send(String key, byte[] value) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, value)).get();
    }

    private static TopicReader.Message find(List<TopicReader.Message> messages, String key) {
        return messages.stream().filter(m -> key.equals(m.key())).findFirst().orElse(null);
    }

    static ArticleIngested seed(String id, int version) {
        return new ArticleIngested(id, null, null, SeedArticle.TITLE, new Body(SeedArticle.body(), ""),
                Instant.parse("2021-10-15T07:08:02Z"), "长宁时报", "", List.of("国内新闻", "上海新闻"), "zh-Hans",
                "a".repeat(64), version, Instant.now(), Origin.PAGE, List.of());
    }
}
