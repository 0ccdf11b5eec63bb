package io.newsflow.publish.websub.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.newsflow.publish.websub.PendingDistribution;
import io.newsflow.publish.websub.PendingDistributions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Collection {@code websub_pending_distributions}, one document per undelivered distribution ({@code _id} = its
 * id) with {@code owner} and {@code lockedUntil} as the claim. Looking for due ones reads the collection: it holds
 * first attempts under way and failures, each for a bounded time (the request timeout, the retry limits), and is
 * read once a sweep, never per article. The
 * claim itself is one atomic {@code findOneAndUpdate} per distribution that matches only while nobody else holds it.
 */
@Component
class MongoPendingDistributions implements PendingDistributions {

    private static final String COLLECTION = "websub_pending_distributions";

    private final MongoTemplate mongo;

    MongoPendingDistributions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void addClaimed(List<PendingDistribution> distributions, String owner, Instant until) {
        if (distributions.isEmpty()) {
            return;
        }
        pending().insertMany(distributions.stream().map(d -> new Document("_id", d.id())
                .append("callback", d.callback()).append("topic", d.topic())
                .append("contentType", d.contentType()).append("body", d.body()).append("attempts", d.attempts())
                .append("firstAttemptAt", Date.from(d.firstAttemptAt()))
                .append("nextAttemptAt", Date.from(d.nextAttemptAt())).append("lastError", d.lastError())
                .append("owner", owner).append("lockedUntil", Date.from(until))).toList());
    }

    @Override
    public List<PendingDistribution> claimDue(String owner, Instant now, Instant until, int limit) {
        Document due = free(now).append("nextAttemptAt", new Document("$lte", Date.from(now)));
        List<Object> ids = new ArrayList<>();
        pending().find(due).projection(new Document("_id", 1)).limit(limit).forEach(d -> ids.add(d.get("_id")));
        List<PendingDistribution> claimed = new ArrayList<>();
        for (Object id : ids) {
            Document d = pending().findOneAndUpdate(free(now).append("_id", id), new Document("$set",
                    new Document("owner", owner).append("lockedUntil", Date.from(until))),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (d != null) {
                claimed.add(read(d));
            }
        }
        return claimed;
    }

    @Override
    public void reschedule(String id, String owner, int attempts, Instant nextAttemptAt, String lastError) {
        pending().updateOne(new Document("_id", id).append("owner", owner), new Document("$set",
                new Document("attempts", attempts).append("nextAttemptAt", Date.from(nextAttemptAt))
                        .append("lastError", lastError).append("owner", null).append("lockedUntil", null)));
    }

    @Override
    public void remove(String id, String owner) {
        pending().deleteOne(new Document("_id", id).append("owner", owner));
    }

    /** Not held by anyone, or held by an owner whose claim ran out. */
    private static Document free(Instant now) {
        return new Document("$or", List.of(new Document("owner", null),
                new Document("lockedUntil", new Document("$lt", Date.from(now)))));
    }

    private static PendingDistribution read(Document d) {
        return new PendingDistribution(d.getString("_id"), d.getString("callback"), d.getString("topic"),
                d.getString("contentType"), d.getString("body"), d.getInteger("attempts", 0),
                d.getDate("firstAttemptAt").toInstant(), d.getDate("nextAttemptAt").toInstant(),
                d.getString("lastError"));
    }

    private MongoCollection<Document> pending() {
        return mongo.getCollection(COLLECTION);
    }
}
