package io.newsflow.publish.delivery.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import io.newsflow.publish.delivery.DeliveryQueue;
import io.newsflow.publish.delivery.QueuedDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code delivery_queues}: one state document per subscriber ({@code _id} = subscription id) with the counters
 * {@code allocated}, {@code last}, {@code done}, {@code acked} and the worker lease; {@code deliveries}: messages
 * under {@code {subscriptionId}:{seq}}; {@code delivery_keys}: webhook ids queued per subscriber. Only {@code _id}
 * lookups, so nothing here slows down as messages pile up (the local Mongo-wire server ignores other indexes).
 */
@Component
class MongoDeliveryQueue implements DeliveryQueue {

    private final MongoTemplate mongo;

    MongoDeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long enqueue(String subscriptionId, QueuedDelivery d) {
        Document state = states().findOneAndUpdate(id(subscriptionId), new Document("$inc", new Document("allocated", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long seq = ((Number) state.get("allocated")).longValue();
        messages().insertOne(new Document("_id", subscriptionId + ":" + seq).append("webhookId", d.webhookId())
                .append("type", d.type()).append("articleId", d.articleId()).append("contentType", d.contentType())
                .append("body", d.body()).append("enqueuedAt", Date.from(d.enqueuedAt())).append("attempts", 0)
                .append("traceparent", d.traceparent()));
        // published only once the message is stored, so a worker never finds a number without its message
        states().updateOne(id(subscriptionId), new Document("$max", new Document("last", seq)));
        return seq;
    }

    @Override
    public boolean seen(String subscriptionId, String webhookId) {
        return keys().find(id(subscriptionId + "|" + webhookId)).first() != null;
    }

    @Override
    public void markSeen(String subscriptionId, String webhookId) {
        try {
            keys().insertOne(id(subscriptionId + "|" + webhookId));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Position position(String subscriptionId) {
        Document state = states().find(id(subscriptionId)).first();
        return state == null ? new Position(0, 0, 0)
                : new Position(number(state, "last"), number(state, "done"), number(state, "acked"));
    }

    @Override
    public Optional<QueuedDelivery> get(String subscriptionId, long seq) {
        return Optional.ofNullable(messages().find(id(subscriptionId + ":" + seq)).first())
                .map(d -> read(subscriptionId, seq, d));
    }

    @Override
    public List<QueuedDelivery> range(String subscriptionId, long afterSeq, int limit) {
        long last = position(subscriptionId).last();
        List<String> ids = LongStream.rangeClosed(afterSeq + 1, Math.min(last, afterSeq + limit))
                .mapToObj(seq -> subscriptionId + ":" + seq).toList();
        List<QueuedDelivery> found = new ArrayList<>();
        messages().find(new Document("_id", new Document("$in", ids))).forEach(d -> {
            String key = d.getString("_id");
            found.add(read(subscriptionId, Long.parseLong(key.substring(key.lastIndexOf(':') + 1)), d));
        });
        found.sort(java.util.Comparator.comparingLong(QueuedDelivery::seq));
        return found;
    }

    @Override
    public void recordAttempt(String subscriptionId, long seq, int attempts, Instant nextAttemptAt) {
        messages().updateOne(id(subscriptionId + ":" + seq), new Document("$set",
                new Document("attempts", attempts).append("nextAttemptAt", Date.from(nextAttemptAt))));
    }

    @Override
    public void complete(String subscriptionId, long seq) {
        states().updateOne(id(subscriptionId), new Document("$max", new Document("done", seq)));
    }

    @Override
    public void acknowledge(String subscriptionId, long cursor) {
        states().updateOne(id(subscriptionId), new Document("$max", new Document("acked", cursor)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean lock(String subscriptionId, String owner, Instant until, Instant now) {
        Document free = new Document("_id", subscriptionId).append("$or", List.of(new Document("owner", owner),
                new Document("owner", null), new Document("lockedUntil", new Document("$lt", Date.from(now)))));
        return states().findOneAndUpdate(free, new Document("$set", new Document("owner", owner)
                .append("lockedUntil", Date.from(until)))) != null;
    }

    @Override
    public void unlock(String subscriptionId, String owner) {
        states().updateOne(new Document("_id", subscriptionId).append("owner", owner),
                new Document("$set", new Document("owner", null).append("lockedUntil", null)));
    }

    @Override
    public void drop(String subscriptionId) {
        states().deleteOne(id(subscriptionId));
    }

    private static QueuedDelivery read(String subscriptionId, long seq, Document d) {
        Date next = d.getDate("nextAttemptAt");
        return new QueuedDelivery(subscriptionId, seq, d.getString("webhookId"), d.getString("type"),
                d.getString("articleId"), d.getString("contentType"), d.getString("body"),
                d.getDate("enqueuedAt").toInstant(), d.getInteger("attempts", 0), next == null ? null : next.toInstant(),
                d.getString("traceparent"));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Document id(String id) {
        return new Document("_id", id);
    }

    private MongoCollection<Document> states() {
        return mongo.getCollection("delivery_queues");
    }

    private MongoCollection<Document> messages() {
        return mongo.getCollection("deliveries");
    }

    private MongoCollection<Document> keys() {
        return mongo.getCollection("delivery_keys");
    }
}
