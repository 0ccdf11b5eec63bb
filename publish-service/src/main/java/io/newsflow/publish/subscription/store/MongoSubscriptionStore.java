package io.newsflow.publish.subscription.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Collection {@code subscriptions}, one document per subscription under {@code _id}; every update by {@code _id}. */
@Component
class MongoSubscriptionStore implements SubscriptionStore {

    static final String COLLECTION = "subscriptions";

    private final MongoTemplate mongo;

    MongoSubscriptionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Subscription subscription) {
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(subscription));
        document.put("_id", subscription.id());
        collection().replaceOne(byId(subscription.id()), document,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(collection().find(byId(id)).first()).map(MongoSubscriptionStore::read);
    }

    @Override
    public List<Subscription> all() {
        List<Subscription> all = new ArrayList<>();
        collection().find().forEach(document -> all.add(read(document)));
        return all;
    }

    @Override
    public boolean delete(String id) {
        return collection().deleteOne(byId(id)).getDeletedCount() > 0;
    }

    @Override
    public void setSecrets(String id, List<String> secrets) {
        set(id, new Document("secrets", secrets));
    }

    @Override
    public void setState(String id, Subscription.State state, String reason) {
        Document fields = new Document("health.state", state.name()).append("health.disabledReason", reason);
        if (state == Subscription.State.ACTIVE) {
            fields.append("health.consecutiveFailures", 0).append("health.failingSince", null);
        }
        set(id, fields);
    }

    @Override
    public void recordSuccess(String id, Instant at) {
        set(id, new Document("health.lastAttemptAt", at.toString()).append("health.consecutiveFailures", 0)
                .append("health.failingSince", null));
    }

    @Override
    public Optional<Subscription.Health> recordFailure(String id, Instant at) {
        collection().updateOne(new Document("_id", id).append("health.failingSince", null),
                new Document("$set", new Document("health.failingSince", at.toString())));
        Document updated = collection().findOneAndUpdate(byId(id),
                new Document("$set", new Document("health.lastAttemptAt", at.toString()))
                        .append("$inc", new Document("health.consecutiveFailures", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(updated).map(d -> read(d).health());
    }

    private void set(String id, Document fields) {
        collection().updateOne(byId(id), new Document("$set", fields));
    }

    private static Subscription read(Document document) {
        document.remove("_id");
        return EventCodec.mapper().readValue(document.toJson(), Subscription.class);
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
