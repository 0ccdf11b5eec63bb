package io.newsflow.publish.delivery.store;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.newsflow.publish.delivery.Attempt;
import io.newsflow.publish.delivery.AttemptLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code delivery_attempts} under {@code {subscriptionId}:{n}} with a per-subscriber counter, so "the newest N" is
 * N {@code _id} lookups instead of a scan of every attempt ever made. A drain's attempts are numbered and written
 * together: two round trips per subscriber, whatever their number.
 */
@Component
class MongoAttemptLog implements AttemptLog {

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    MongoAttemptLog(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    @Override
    public void recordAll(List<Attempt> all) {
        Map<String, List<Attempt>> bySubscriber = all.stream().collect(Collectors.groupingBy(Attempt::subscriptionId,
                LinkedHashMap::new, Collectors.toList()));
        bySubscriber.forEach((subscriptionId, attempts) -> {
            long n = next(subscriptionId, attempts.size()) - attempts.size();
            List<Document> documents = new ArrayList<>(attempts.size());
            for (Attempt a : attempts) {
                count(a);
                n++;
                documents.add(new Document("_id", subscriptionId + ":" + n).append("subscription", subscriptionId)
                        .append("webhookId", a.webhookId()).append("seq", a.seq()).append("attempt", a.attempt())
                        .append("status", a.status()).append("error", a.error()).append("latencyMs", a.latencyMs())
                        .append("response", a.responseExcerpt()).append("at", Date.from(a.at())).append("n", n));
            }
            attempts().insertMany(documents);
        });
    }

    private void count(Attempt a) {
        boolean delivered = a.status() >= 200 && a.status() < 300;
        meters.counter("newsflow.deliveries", "outcome", delivered ? "delivered" : "failed").increment();
        meters.timer("newsflow.delivery.latency").record(Duration.ofMillis(a.latencyMs()));
    }

    @Override
    public List<Attempt> recent(String subscriptionId, int limit) {
        Document counter = counters().find(new Document("_id", subscriptionId)).first();
        long last = counter == null ? 0 : ((Number) counter.get("n")).longValue();
        List<String> ids = LongStream.rangeClosed(Math.max(1, last - limit + 1), last)
                .mapToObj(n -> subscriptionId + ":" + n).toList();
        List<Document> found = new ArrayList<>();
        attempts().find(new Document("_id", new Document("$in", ids))).forEach(found::add);
        found.sort(Comparator.comparingLong((Document d) -> ((Number) d.get("n")).longValue()).reversed());
        return found.stream().map(d -> new Attempt(subscriptionId, d.getString("webhookId"),
                ((Number) d.get("seq")).longValue(), d.getInteger("attempt"), d.getInteger("status"),
                d.getString("error"), ((Number) d.get("latencyMs")).longValue(), d.getString("response"),
                d.getDate("at").toInstant())).toList();
    }

    /** Numbers {@code count} attempts at once; returns the last number. */
    private long next(String subscriptionId, int count) {
        Document counter = counters().findOneAndUpdate(new Document("_id", subscriptionId),
                new Document("$inc", new Document("n", (long) count)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("n")).longValue();
    }

    private MongoCollection<Document> attempts() {
        return mongo.getCollection("delivery_attempts");
    }

    private MongoCollection<Document> counters() {
        return mongo.getCollection("delivery_attempt_counters");
    }
}
