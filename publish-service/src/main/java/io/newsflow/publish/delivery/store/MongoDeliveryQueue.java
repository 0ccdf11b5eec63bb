package io.newsflow.publish.delivery.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import io.newsflow.publish.delivery.DeliveryQueue;
import io.newsflow.publish.delivery.QueuedDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code delivery_sequences}: one document holding every subscriber's newest sequence number (field = subscription
 * id), so numbering the messages of one article for all its subscribers is one atomic {@code $inc};
 * {@code deliveries}: messages under {@code {subscriptionId}:{seq}}; {@code delivery_keys}: webhook ids queued per
 * subscriber; {@code delivery_queues}: one state document per subscriber ({@code _id} = subscription id) with
 * {@code done}, {@code acked} and the worker lease. Only {@code _id} lookups, so nothing here slows down as
 * messages pile up (the local Mongo-wire server ignores other indexes); {@link GivenUpLog} keeps what recovery needs.
 */
@Component
class MongoDeliveryQueue implements DeliveryQueue {

    private static final Document SEQUENCES = new Document("_id", "queues");

    private final MongoTemplate mongo;
    private final GivenUpLog givenUp;

    MongoDeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
        this.givenUp = new GivenUpLog(mongo);
    }

    @Override
    public List<Entry> unseen(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        keys().find(new Document("_id", new Document("$in", entries.stream().map(MongoDeliveryQueue::key).distinct()
                .toList()))).forEach(d -> seen.add(d.getString("_id")));
        return entries.stream().filter(e -> !seen.contains(key(e))).toList();
    }

    @Override
    public void enqueue(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(Entry::subscriptionId,
                LinkedHashMap::new, Collectors.counting()));
        Document numbered = sequences().findOneAndUpdate(SEQUENCES, new Document("$inc", fields(counts)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)
                        .projection(new Document(counts.keySet().stream().collect(Collectors.toMap(k -> k, k -> 1)))));
        Map<String, Long> legacy = continueLegacyNumbers(counts, numbered);
        Map<String, Long> next = new HashMap<>();
        counts.forEach((id, count) -> next.put(id, number(numbered, id) - count + 1 + legacy.getOrDefault(id, 0L)));
        List<Document> messages = new ArrayList<>(entries.size());
        List<Document> keys = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            long seq = next.merge(entry.subscriptionId(), 1L, Long::sum) - 1;
            QueuedDelivery d = entry.delivery();
            messages.add(new Document("_id", entry.subscriptionId() + ":" + seq).append("webhookId", d.webhookId())
                    .append("type", d.type()).append("articleId", d.articleId()).append("contentType", d.contentType())
                    .append("body", d.body()).append("enqueuedAt", Date.from(d.enqueuedAt())).append("attempts", 0)
                    .append("traceparent", d.traceparent()));
            keys.add(new Document("_id", key(entry)));
        }
        messages().insertMany(messages);
        // only once the messages are stored: a key without its message would skip it on a replay
        try {
            keys().insertMany(keys, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode())
                    != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * Queues from before the shared sequence document numbered their messages in their state document
     * ({@code allocated}, {@code last}): the first numbers handed out here for such a queue move on past those.
     */
    private Map<String, Long> continueLegacyNumbers(Map<String, Long> counts, Document numbered) {
        List<String> first = counts.keySet().stream().filter(id -> number(numbered, id) == counts.get(id)).toList();
        if (first.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> legacy = new HashMap<>();
        states().find(new Document("_id", new Document("$in", first)).append("allocated", new Document("$gt", 0)))
                .forEach(d -> legacy.put(d.getString("_id"), number(d, "allocated")));
        if (!legacy.isEmpty()) {
            sequences().updateOne(SEQUENCES, new Document("$inc", fields(legacy)));
            states().updateMany(new Document("_id", new Document("$in", List.copyOf(legacy.keySet()))),
                    new Document("$unset", new Document("allocated", "")));
        }
        return legacy;
    }

    @Override
    public Position position(String subscriptionId) {
        Document state = states().find(id(subscriptionId)).first();
        return new Position(Math.max(last(subscriptionId), number(state, "last")), number(state, "done"),
                number(state, "acked"));
    }

    @Override
    public Map<String, Long> depths(Collection<String> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return Map.of();
        }
        Document last = sequences().find(SEQUENCES).first();
        Map<String, Long> done = new HashMap<>();
        Map<String, Long> legacyLast = new HashMap<>();
        states().find(new Document("_id", new Document("$in", List.copyOf(subscriptionIds)))).forEach(d -> {
            done.put(d.getString("_id"), number(d, "done"));
            legacyLast.put(d.getString("_id"), number(d, "last"));
        });
        Map<String, Long> depths = new HashMap<>();
        for (String id : subscriptionIds) {
            long depth = Math.max(number(last, id), legacyLast.getOrDefault(id, 0L)) - done.getOrDefault(id, 0L);
            if (depth > 0) {
                depths.put(id, depth);
            }
        }
        return depths;
    }

    @Override
    public long last(String subscriptionId) {
        return number(sequences().find(SEQUENCES).projection(new Document(subscriptionId, 1)).first(), subscriptionId);
    }

    @Override
    public List<QueuedDelivery> range(String subscriptionId, long afterSeq, int limit) {
        return messages(subscriptionId, LongStream.rangeClosed(afterSeq + 1, afterSeq + limit).boxed().toList());
    }

    @Override
    public void recordGivenUp(QueuedDelivery message, Instant at) {
        givenUp.record(message, at);
    }

    @Override
    public List<GivenUp> givenUpSince(String subscriptionId, Instant since) {
        return givenUp.since(subscriptionId, since, (id, seqs) -> GivenUpLog.bySeq(messages(id, seqs)));
    }

    @Override
    public void recovered(List<GivenUp> recovered) {
        givenUp.recovered(recovered);
    }

    /** The stored messages of these sequence numbers, in order; one command. */
    private List<QueuedDelivery> messages(String subscriptionId, List<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        List<String> ids = seqs.stream().map(seq -> subscriptionId + ":" + seq).toList();
        List<QueuedDelivery> found = new ArrayList<>();
        messages().find(new Document("_id", new Document("$in", ids))).forEach(d -> {
            String key = d.getString("_id");
            found.add(read(subscriptionId, Long.parseLong(key.substring(key.lastIndexOf(':') + 1)), d));
        });
        found.sort(Comparator.comparingLong(QueuedDelivery::seq));
        return found;
    }

    @Override
    public void recordAttempt(String subscriptionId, long seq, int attempts, Instant nextAttemptAt) {
        messages().updateOne(id(subscriptionId + ":" + seq), new Document("$set",
                new Document("attempts", attempts).append("nextAttemptAt", Date.from(nextAttemptAt))));
    }

    @Override
    public void complete(String subscriptionId, long seq, String owner, Instant until) {
        Document lease = until == null ? new Document("owner", null).append("lockedUntil", null)
                : new Document("lockedUntil", Date.from(until));
        long matched = states().updateOne(new Document("_id", subscriptionId).append("owner", owner),
                new Document("$max", new Document("done", seq)).append("$set", lease)).getMatchedCount();
        if (matched == 0) {
            // the lease ran out meanwhile: what was done stays done
            states().updateOne(id(subscriptionId), new Document("$max", new Document("done", seq)),
                    new UpdateOptions().upsert(true));
        }
    }

    @Override
    public void acknowledge(String subscriptionId, long cursor) {
        states().updateOne(id(subscriptionId), new Document("$max", new Document("acked", cursor)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public OptionalLong lock(String subscriptionId, String owner, Instant until, Instant now) {
        Document free = new Document("_id", subscriptionId).append("$or", List.of(new Document("owner", owner),
                new Document("owner", null), new Document("lockedUntil", new Document("$lt", Date.from(now)))));
        try {
            Document state = states().findOneAndUpdate(free, new Document("$set", new Document("owner", owner)
                    .append("lockedUntil", Date.from(until))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return state == null ? OptionalLong.empty() : OptionalLong.of(number(state, "done"));
        } catch (MongoCommandException | MongoWriteException e) {
            // the upsert met the state document of a queue another worker holds
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    @Override
    public void unlock(String subscriptionId, String owner) {
        states().updateOne(new Document("_id", subscriptionId).append("owner", owner),
                new Document("$set", new Document("owner", null).append("lockedUntil", null)));
    }

    @Override
    public void drop(String subscriptionId) {
        states().deleteOne(id(subscriptionId));
        sequences().updateOne(SEQUENCES, new Document("$unset", new Document(subscriptionId, "")));
    }

    private static QueuedDelivery read(String subscriptionId, long seq, Document d) {
        Date next = d.getDate("nextAttemptAt");
        return new QueuedDelivery(subscriptionId, seq, d.getString("webhookId"), d.getString("type"),
                d.getString("articleId"), d.getString("contentType"), d.getString("body"),
                d.getDate("enqueuedAt").toInstant(), d.getInteger("attempts", 0), next == null ? null : next.toInstant(),
                d.getString("traceparent"));
    }

    private static long number(Document document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String key(Entry entry) {
        return entry.subscriptionId() + "|" + entry.delivery().webhookId();
    }

    private static Document fields(Map<String, ?> values) {
        return new Document(new LinkedHashMap<String, Object>(values));
    }

    private static Document id(String id) {
        return new Document("_id", id);
    }

    private MongoCollection<Document> sequences() {
        return mongo.getCollection("delivery_sequences");
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
