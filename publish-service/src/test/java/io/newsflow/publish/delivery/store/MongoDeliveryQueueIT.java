package io.newsflow.publish.delivery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.publish.delivery.DeliveryQueue;
import io.newsflow.publish.delivery.DeliveryQueue.Entry;
import io.newsflow.publish.delivery.QueuedDelivery;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The queues on the Mongo-wire server: numbering, duplicates, leases and completion as the drainers use them. */
class MongoDeliveryQueueIT {

    private final MongoClient client = MongoClients.create(LocalInfra.shared().mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "queue_it_" + UUID.randomUUID().toString()
            .substring(0, 8));
    private final DeliveryQueue queue = new MongoDeliveryQueue(mongo);
    private final Instant now = Instant.now();

    @AfterEach
    void close() {
        client.close();
    }

    private static Entry entry(String subscriber, String webhookId) {
        return new Entry(subscriber, QueuedDelivery.of(webhookId, "article.published", webhookId, "application/json",
                "{\"id\":\"" + webhookId + "\"}", Instant.now(), null));
    }

    @Test
    void findsTheMessagesGivenUpOnSinceATimeOnceUntilOneIsGivenUpOnAgain() {
        queue.enqueue(List.of(entry("g", "m1"), entry("g", "m2"), entry("g", "m3"), entry("h", "m1")));
        List<QueuedDelivery> stored = queue.range("g", 0, 10);
        queue.recordGivenUp(stored.get(0), now.plusSeconds(1));
        queue.recordGivenUp(stored.get(2), now.plusSeconds(2));
        queue.recordGivenUp(queue.range("h", 0, 1).get(0), now.plusSeconds(3));

        List<DeliveryQueue.GivenUp> givenUp = queue.givenUpSince("g", now.minusSeconds(60));

        assertThat(givenUp).extracting(g -> g.message().webhookId(), g -> g.message().body())
                .containsExactly(tuple("m1", "{\"id\":\"m1\"}"), tuple("m3", "{\"id\":\"m3\"}"));
        assertThat(queue.givenUpSince("g", now.plusSeconds(3600))).isEmpty();
        queue.recovered(givenUp);
        assertThat(queue.givenUpSince("g", now.minusSeconds(60))).isEmpty();
        queue.recordGivenUp(stored.get(2), now.plusSeconds(4));
        assertThat(queue.givenUpSince("g", now.minusSeconds(60))).extracting(g -> g.message().webhookId())
                .containsExactly("m3");
    }

    @Test
    void numbersEachSubscribersMessagesInOrderAcrossWrites() {
        queue.enqueue(List.of(entry("a", "m1"), entry("b", "m1"), entry("a", "m2")));
        queue.enqueue(List.of(entry("b", "m2"), entry("a", "m3")));

        assertThat(queue.range("a", 0, 10)).extracting(QueuedDelivery::seq, QueuedDelivery::webhookId)
                .containsExactly(tuple(1L, "m1"), tuple(2L, "m2"), tuple(3L, "m3"));
        assertThat(queue.range("b", 1, 10)).extracting(QueuedDelivery::webhookId).containsExactly("m2");
        assertThat(queue.last("a")).isEqualTo(3);
        assertThat(queue.depths(List.of("a", "b", "c"))).isEqualTo(Map.of("a", 3L, "b", 2L));
    }

    @Test
    void storesAMessagesBodyOnceForAllItsSubscribersAndReadsItBackWithoutTheMemory() {
        queue.enqueue(List.of(entry("a", "m1"), entry("b", "m1"), entry("c", "m1"), entry("a", "m2")));

        assertThat(mongo.getCollection("delivery_payloads").countDocuments()).isEqualTo(2);
        assertThat(mongo.getCollection("deliveries").find().first()).doesNotContainKey("body");
        DeliveryQueue restarted = new MongoDeliveryQueue(mongo);
        assertThat(restarted.range("b", 0, 10)).extracting(QueuedDelivery::body).containsExactly("{\"id\":\"m1\"}");
        assertThat(restarted.range("a", 0, 10)).extracting(QueuedDelivery::body)
                .containsExactly("{\"id\":\"m1\"}", "{\"id\":\"m2\"}");
    }

    @Test
    void readsMessagesStoredWithTheirOwnBody() {
        mongo.getCollection("deliveries").insertOne(new Document("_id", "old:1").append("webhookId", "m0")
                .append("type", "article.published").append("articleId", "m0").append("contentType", "application/json")
                .append("body", "{\"id\":\"m0\"}").append("enqueuedAt", new Date()).append("attempts", 0));

        assertThat(queue.range("old", 0, 1)).extracting(QueuedDelivery::body).containsExactly("{\"id\":\"m0\"}");
    }

    @Test
    void leavesOutWhatASubscriberWasQueuedBefore() {
        queue.enqueue(List.of(entry("a", "m1")));

        assertThat(queue.unseen(List.of(entry("a", "m1").key(), entry("b", "m1").key(), entry("a", "m2").key())))
                .containsExactly(new DeliveryQueue.Key("b", "m1"), new DeliveryQueue.Key("a", "m2"));
    }

    @Test
    void oneOwnerAtATimeUntilTheLeaseIsReleasedOrRunsOut() {
        queue.enqueue(List.of(entry("a", "m1"), entry("a", "m2")));

        assertThat(queue.lock("a", "w1", now.plusSeconds(30), now)).hasValue(0);
        assertThat(queue.lock("a", "w2", now.plusSeconds(30), now)).isEmpty();
        queue.complete("a", 1, "w1", now.plusSeconds(30));
        assertThat(queue.lock("a", "w2", now.plusSeconds(30), now)).isEmpty();
        assertThat(queue.lock("a", "w2", now.plusSeconds(90), now.plusSeconds(31))).as("after the lease ran out")
                .hasValue(1);
        queue.complete("a", 2, "w2", null);
        assertThat(queue.lock("a", "w1", now.plusSeconds(30), now)).as("released").hasValue(2);
        assertThat(queue.position("a").depth()).isZero();
    }

    @Test
    void whatWasDoneStaysDoneWhenTheLeaseWasLostMeanwhile() {
        queue.enqueue(List.of(entry("a", "m1"), entry("a", "m2")));
        queue.lock("a", "w1", now.plusSeconds(1), now);
        queue.lock("a", "w2", now.plusSeconds(60), now.plusSeconds(2));

        queue.complete("a", 2, "w1", null);

        assertThat(queue.position("a").done()).isEqualTo(2);
        assertThat(queue.lock("a", "w1", now.plusSeconds(60), now.plusSeconds(3))).as("w2 still holds it").isEmpty();
    }

    @Test
    void aQueueNumberedBeforeTheSharedSequenceDocumentGoesOnAfterItsOwnNumbers() {
        mongo.getCollection("delivery_queues").insertOne(new Document("_id", "old").append("allocated", 2L)
                .append("last", 2L).append("done", 1L));
        for (long seq = 1; seq <= 2; seq++) {
            mongo.getCollection("deliveries").insertOne(new Document("_id", "old:" + seq).append("webhookId", "m" + seq)
                    .append("type", "article.published").append("articleId", "m" + seq)
                    .append("contentType", "application/json").append("body", "{}")
                    .append("enqueuedAt", new Date()).append("attempts", 0));
        }
        assertThat(queue.depths(List.of("old"))).as("waiting from before the upgrade").isEqualTo(Map.of("old", 1L));

        queue.enqueue(List.of(entry("old", "m3")));

        assertThat(queue.range("old", 1, 10)).extracting(QueuedDelivery::seq, QueuedDelivery::webhookId)
                .containsExactly(tuple(2L, "m2"), tuple(3L, "m3"));
        assertThat(queue.position("old").depth()).isEqualTo(2);
    }
}
