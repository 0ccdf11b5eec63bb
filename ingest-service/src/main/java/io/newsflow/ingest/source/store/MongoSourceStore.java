package io.newsflow.ingest.source.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import io.newsflow.ingest.source.PollReport;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourceState;
import io.newsflow.ingest.source.SourceStore;
import io.newsflow.ingest.source.SourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per source under {@code _id = source id}. Status updates are {@code $set}/{@code $inc} on that id,
 * so a poll finishing while an operator pauses the source loses neither change, and a poll finishing after a
 * delete does not bring the source back.
 */
@Component
class MongoSourceStore implements SourceStore {

    static final String COLLECTION = "sources";

    private final MongoTemplate mongo;

    MongoSourceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(Source source) {
        try {
            sources().insertOne(new Document("_id", source.id())
                    .append("type", source.type().name())
                    .append("location", source.location())
                    .append("name", source.name())
                    .append("pollInterval", source.pollInterval().toString())
                    .append("state", source.state().name())
                    .append("itemsSeen", 0L)
                    .append("itemsIngested", 0L));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Source> find(String id) {
        return Optional.ofNullable(sources().find(byId(id)).first()).map(MongoSourceStore::source);
    }

    @Override
    public List<Source> findAll() {
        return sources().find().map(MongoSourceStore::source).into(new ArrayList<>());
    }

    @Override
    public boolean setState(String id, SourceState state) {
        return sources().updateOne(byId(id), new Document("$set", new Document("state", state.name())))
                .getMatchedCount() > 0;
    }

    @Override
    public void recordPoll(String id, Instant polledAt, PollReport report) {
        Document set = new Document("lastPollAt", Date.from(polledAt)).append("lastError", report.errorSummary());
        if (report.errors().isEmpty()) {
            set.append("lastSuccessAt", Date.from(polledAt));
        }
        Document inc = new Document("itemsSeen", (long) report.itemsSeen())
                .append("itemsIngested", (long) report.itemsIngested());
        sources().updateOne(byId(id), new Document("$set", set).append("$inc", inc));
    }

    @Override
    public void recordFailure(String id, Instant polledAt, String error) {
        sources().updateOne(byId(id), new Document("$set",
                new Document("lastPollAt", Date.from(polledAt)).append("lastError", error)));
    }

    @Override
    public boolean delete(String id) {
        return sources().deleteOne(byId(id)).getDeletedCount() > 0;
    }

    @Override
    public boolean claimPoll(String id, String owner, Instant now, Instant until) {
        Document free = byId(id).append("$or", List.of(new Document("pollOwner", owner),
                new Document("pollOwner", null), new Document("pollClaimedUntil", new Document("$lt", Date.from(now)))));
        return sources().updateOne(free, new Document("$set", new Document("pollOwner", owner)
                .append("pollClaimedUntil", Date.from(until)))).getMatchedCount() > 0;
    }

    private MongoCollection<Document> sources() {
        return mongo.getCollection(COLLECTION);
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }

    private static Source source(Document document) {
        return new Source(document.getString("_id"), SourceType.valueOf(document.getString("type")),
                document.getString("location"), document.getString("name"),
                Duration.parse(document.getString("pollInterval")), SourceState.valueOf(document.getString("state")),
                instant(document.getDate("lastPollAt")), instant(document.getDate("lastSuccessAt")),
                count(document.get("itemsSeen")), count(document.get("itemsIngested")), document.getString("lastError"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static long count(Object value) {
        return value instanceof Number number ? number.longValue() : 0L;
    }
}
