package io.newsflow.console.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.console.ConsoleIntegrationTest;
import io.newsflow.console.Events;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Dead letters are listed with their failure, replayed to the source topic exactly, or discarded for good. */
class DeadLetterReplayIT extends ConsoleIntegrationTest {

    private static final String COLLECTION = "resolved_dead_letters";

    @Autowired
    MongoTemplate mongo;

    @Test
    void replaysADeadLetterToItsSourceTopicWithoutTheDltHeaders() {
        String key = "dlt-" + UUID.randomUUID();
        byte[] poison = ("{\"id\":\"" + key + "\",\"title\":\"broken").getBytes(StandardCharsets.UTF_8);
        RecordMetadata dead = Events.deadLetter(key, poison, 2, 41);
        String id = dead.topic() + "/" + dead.partition() + "/" + dead.offset();

        String listed = get("/console/api/dead-letters", bearer()).body();
        assertThat(listed).contains(id).contains("MalformedEventException").contains("Unexpected character")
                .contains("\"originalPartition\":\"2\"").contains("\"originalOffset\":\"41\"");

        assertThat(post("/console/api/dead-letters/" + id + "/replay", bearer()).statusCode()).isEqualTo(200);

        try (TopicReader raw = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_RAW)) {
            TopicReader.Message replayed = await().atMost(Duration.ofSeconds(15)).until(
                    () -> raw.poll().stream().filter(m -> key.equals(m.key())).findFirst().orElse(null),
                    message -> message != null);
            assertThat(replayed.value()).isEqualTo(poison);
            assertThat(replayed.headers()).containsKey("ce_id").containsEntry("ce_source", "/ingest-service");
            assertThat(replayed.headers().keySet()).noneMatch(name -> name.startsWith("kafka_dlt-"));
        }
        assertThat(get("/console/api/dead-letters", bearer()).body()).doesNotContain(id);
        assertThat(mongo.getCollection(COLLECTION).find(new Document("_id", id)).first())
                .containsEntry("resolution", "REPLAYED").containsEntry("replayedTo", Topics.ARTICLES_RAW);
        assertThat(post("/console/api/dead-letters/" + id + "/replay", bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void discardedDeadLettersAreNotListedAgain() {
        String key = "discard-" + UUID.randomUUID();
        RecordMetadata dead = Events.deadLetter(key, "not json".getBytes(StandardCharsets.UTF_8), 0, 7);
        String id = dead.topic() + "/" + dead.partition() + "/" + dead.offset();
        assertThat(get("/console/api/dead-letters", bearer()).body()).contains(id);

        assertThat(post("/console/api/dead-letters/" + id + "/discard", bearer()).statusCode()).isEqualTo(200);

        assertThat(get("/console/api/dead-letters", bearer()).body()).doesNotContain(id);
        assertThat(mongo.getCollection(COLLECTION).find(new Document("_id", id)).first())
                .containsEntry("resolution", "DISCARDED");
        assertThat(post("/console/api/dead-letters/" + id + "/discard", bearer()).body())
                .contains("replayed or discarded already");
    }

    @Test
    void replayAllEmptiesTheList() {
        Events.deadLetter("all-" + UUID.randomUUID(), "x".getBytes(StandardCharsets.UTF_8), 1, 1);
        Events.deadLetter("all-" + UUID.randomUUID(), "y".getBytes(StandardCharsets.UTF_8), 1, 2);
        assertThat(get("/console/api/dead-letters", bearer()).body()).contains("all-");

        assertThat(post("/console/api/dead-letters/replay-all", bearer()).body()).containsPattern("\"replayed\":[1-9]");

        assertThat(get("/console/api/dead-letters", bearer()).body()).isEqualTo("[]");
    }

    @Test
    void refusesToReplayFromATopicThatIsNoDeadLetterTopic() {
        assertThat(post("/console/api/dead-letters/" + Topics.ARTICLES_RAW + "/0/0/replay", bearer()).statusCode())
                .isEqualTo(404);
    }
}
