package io.newsflow.publish.delivery.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.newsflow.publish.delivery.DeliveryQueue;
import io.newsflow.publish.delivery.QueuedDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code delivery_given_up}: one record per message given up on, under {@code {subscriptionId}:{n}} with a
 * per-subscriber counter ({@code delivery_given_up_counters}), so the records since a time are read newest first,
 * {@link #BATCH} {@code _id}s a command, until one is older: the cost follows the give-ups, not the messages.
 * A record names the message ({@code seq}); the message itself, with its webhook-id and body, stays in
 * {@code deliveries}. Only {@code _id} lookups: no index beyond {@code _id}, on real MongoDB as on the stand-in.
 */
final class GivenUpLog {

    static final int BATCH = 100;

    private final MongoTemplate mongo;

    GivenUpLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Two commands: the number, then the record. */
    void record(QueuedDelivery message, Instant at) {
        Document counter = counters().findOneAndUpdate(new Document("_id", message.subscriptionId()),
                new Document("$inc", new Document("n", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long n = ((Number) counter.get("n")).longValue();
        records().insertOne(new Document("_id", message.subscriptionId() + ":" + n).append("seq", message.seq())
                .append("webhookId", message.webhookId()).append("enqueuedAt", Date.from(message.enqueuedAt()))
                .append("at", Date.from(at)));
    }

    /**
     * @param messages the stored messages of these sequence numbers (one command)
     */
    List<DeliveryQueue.GivenUp> since(String subscriptionId, Instant since,
            BiFunction<String, List<Long>, Map<Long, QueuedDelivery>> messages) {
        Document counter = counters().find(new Document("_id", subscriptionId)).first();
        long n = counter == null ? 0 : ((Number) counter.get("n")).longValue();
        List<Document> wanted = new ArrayList<>();
        boolean older = false;
        while (n > 0 && !older) {
            long from = Math.max(1, n - BATCH + 1);
            List<String> ids = LongStream.rangeClosed(from, n).mapToObj(i -> subscriptionId + ":" + i).toList();
            List<Document> found = new ArrayList<>();
            records().find(new Document("_id", new Document("$in", ids))).forEach(found::add);
            found.sort(Comparator.comparing((Document d) -> d.getDate("at")).reversed());
            for (Document record : found) {
                if (record.getDate("at").toInstant().isBefore(since)) {
                    // given up before the time asked for, so enqueued before it too: nothing older qualifies
                    older = true;
                } else if (!record.getBoolean("recovered", false)
                        && !record.getDate("enqueuedAt").toInstant().isBefore(since)) {
                    wanted.add(record);
                }
            }
            n = from - 1;
        }
        Map<Long, QueuedDelivery> stored = messages.apply(subscriptionId,
                wanted.stream().map(d -> ((Number) d.get("seq")).longValue()).distinct().toList());
        List<DeliveryQueue.GivenUp> givenUp = new ArrayList<>();
        for (int i = wanted.size() - 1; i >= 0; i--) {
            Document record = wanted.get(i);
            QueuedDelivery message = stored.get(((Number) record.get("seq")).longValue());
            if (message != null) {
                givenUp.add(new DeliveryQueue.GivenUp(record.getString("_id"), message, record.getDate("at").toInstant()));
            }
        }
        return givenUp;
    }

    void recovered(List<DeliveryQueue.GivenUp> givenUp) {
        if (!givenUp.isEmpty()) {
            records().updateMany(new Document("_id", new Document("$in", givenUp.stream().map(DeliveryQueue.GivenUp::id)
                    .toList())), new Document("$set", new Document("recovered", true)));
        }
    }

    static Map<Long, QueuedDelivery> bySeq(List<QueuedDelivery> messages) {
        Map<Long, QueuedDelivery> bySeq = new HashMap<>();
        messages.forEach(m -> bySeq.put(m.seq(), m));
        return bySeq;
    }

    private MongoCollection<Document> records() {
        return mongo.getCollection("delivery_given_up");
    }

    private MongoCollection<Document> counters() {
        return mongo.getCollection("delivery_given_up_counters");
    }
}
