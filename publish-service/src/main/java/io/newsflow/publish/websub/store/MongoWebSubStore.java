package io.newsflow.publish.websub.store;

import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.publish.websub.WebSubStore;
import io.newsflow.publish.websub.WebSubSubscription;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Collection {@code websub_subscriptions} under {@code _id = callback + " " + topic}. */
@Component
class MongoWebSubStore implements WebSubStore {

    private static final String COLLECTION = "websub_subscriptions";

    private final MongoTemplate mongo;

    MongoWebSubStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(WebSubSubscription s) {
        Document document = new Document("_id", s.key()).append("callback", s.callback()).append("topic", s.topic())
                .append("secret", s.secret()).append("leaseSeconds", s.leaseSeconds())
                .append("expiresAt", Date.from(s.expiresAt()));
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", s.key()), document,
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void delete(String callback, String topic) {
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", callback + " " + topic));
    }

    @Override
    public Optional<WebSubSubscription> find(String callback, String topic) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(new Document("_id", callback + " " + topic))
                .first()).map(MongoWebSubStore::read);
    }

    @Override
    public List<WebSubSubscription> all() {
        List<WebSubSubscription> all = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().forEach(d -> all.add(read(d)));
        return all;
    }

    private static WebSubSubscription read(Document d) {
        return new WebSubSubscription(d.getString("callback"), d.getString("topic"), d.getString("secret"),
                ((Number) d.get("leaseSeconds")).longValue(), d.getDate("expiresAt").toInstant());
    }
}
