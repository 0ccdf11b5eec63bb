package io.newsflow.publish.delivery.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import io.newsflow.publish.delivery.DeliveryQueue.Key;
import io.newsflow.publish.delivery.QueuedDelivery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * {@code deliveries}: messages under {@code {subscriptionId}:{seq}}, each naming its body in
 * {@code delivery_payloads} by digest, so an article's message to ten subscribers stores its body once (the bodies of
 * recent messages are also kept in memory, so a drain reads none of them back); {@code delivery_keys}: webhook ids
 * queued per subscriber; {@code delivery_queues}: one state document per subscriber ({@code _id} = subscription id) with
 * {@code done}, {@code acked} and the worker lease. Only {@code _id} lookups, so nothing here slows down as
 * messages pile up (the local Mongo-wire server ignores other indexes); {@link GivenUpLog} keeps what recovery needs.
 */
@Component
class MongoDeliveryQueue implements DeliveryQueue {

    private static final Document SEQUENCES = new Document("_id", "queues");
    /** Characters of recent bodies kept in memory: about 3,000 articles' messages of ~10 KB. */
    private static final long CACHED_BODY_CHARS = 32L << 20;

    private final MongoTemplate mongo;
    private final GivenUpLog givenUp;
    private final Cache<String, String> bodies = Caffeine.newBuilder().maximumWeight(CACHED_BODY_CHARS)
            .weigher((String digest, String body) -> body.length()).build();

    MongoDeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
        this.givenUp = new GivenUpLog(mongo);
    }

    @Override
    public List<Key> unseen(List<Key> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        keys().find(new Document("_id", new Document("$in", candidates.stream().map(MongoDeliveryQueue::key).distinct()
                .toList()))).forEach(d -> seen.add(d.getString("_id")));
        return candidates.stream().filter(k -> !seen.contains(key(k))).toList();
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
        Map<String, String> payloads = new LinkedHashMap<>();
        // one article's subscribers share its rendered body: digested once, not once per subscriber
        Map<String, String> digests = new HashMap<>();
        for (Entry entry : entries) {
            long seq = next.merge(entry.subscriptionId(), 1L, Long::sum) - 1;
            QueuedDelivery d = entry.delivery();
            String payload = digests.computeIfAbsent(d.body(), MongoDeliveryQueue::digest);
            payloads.putIfAbsent(payload, d.body());
            messages.add(new Document("_id", entry.subscriptionId() + ":" + seq).append("webhookId", d.webhookId())
                    .append("type", d.type()).append("articleId", d.articleId()).append("contentType", d.contentType())
                    .append("payload", payload).append("enqueuedAt", Date.from(d.enqueuedAt())).append("attempts", 0)
                    .append("traceparent", d.traceparent()));
            keys.add(new Document("_id", key(entry)));
        }
        // the bodies before the messages that name them, the messages before their keys: a key without its message
        // would skip it on a replay
        insertNew(payloads(), payloads.entrySet().stream()
                .map(p -> new Document("_id", p.getKey()).append("body", p.getValue())).toList());
        bodies.putAll(payloads);
        messages().insertMany(messages);
        insertNew(keys(), keys);
    }

    /** Inserts the documents, leaving alone the ones whose {@code _id} is stored already. */
    private static void insertNew(MongoCollection<Document> collection, List<Document> documents) {
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode())
                    != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** A body's name in {@code delivery_payloads}: equal bodies share one document, different ones never do. */
    static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
        List<Document> stored = new ArrayList<>();
        messages().find(new Document("_id", new Document("$in", ids))).forEach(stored::add);
        Map<String, String> payloads = payloads(stored);
        List<QueuedDelivery> found = new ArrayList<>();
        for (Document d : stored) {
            String key = d.getString("_id");
            String body = d.containsKey("body") ? d.getString("body") : payloads.get(d.getString("payload"));
            if (body == null) {
                throw new IllegalStateException("the body of message " + key + " is not stored");
            }
            found.add(read(subscriptionId, Long.parseLong(key.substring(key.lastIndexOf(':') + 1)), body, d));
        }
        found.sort(Comparator.comparingLong(QueuedDelivery::seq));
        return found;
    }

    /**
     * The bodies the messages name, from memory where they are, else in one read (messages queued before bodies were
     * shared carry their own).
     */
    private Map<String, String> payloads(List<Document> messages) {
        Set<String> wanted = new LinkedHashSet<>();
        messages.forEach(d -> {
            if (!d.containsKey("body") && d.getString("payload") != null) {
                wanted.add(d.getString("payload"));
            }
        });
        Map<String, String> found = new HashMap<>(bodies.getAllPresent(wanted));
        wanted.removeAll(found.keySet());
        if (!wanted.isEmpty()) {
            payloads().find(new Document("_id", new Document("$in", List.copyOf(wanted))))
                    .forEach(d -> found.put(d.getString("_id"), d.getString("body")));
            bodies.putAll(found);
        }
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

    private static QueuedDelivery read(String subscriptionId, long seq, String body, Document d) {
        Date next = d.getDate("nextAttemptAt");
        return new QueuedDelivery(subscriptionId, seq, d.getString("webhookId"), d.getString("type"),
                d.getString("articleId"), d.getString("contentType"), body,
                d.getDate("enqueuedAt").toInstant(), d.getInteger("attempts", 0), next == null ? null : next.toInstant(),
                d.getString("traceparent"));
    }

    private static long number(Document document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String key(Entry entry) {
        return key(entry.key());
    }

    private static String key(Key key) {
        return key.subscriptionId() + "|" + key.webhookId();
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

    private MongoCollection<Document> payloads() {
        return mongo.getCollection("delivery_payloads");
    }

    private MongoCollection<Document> keys() {
        return mongo.getCollection("delivery_keys");
    }
}
