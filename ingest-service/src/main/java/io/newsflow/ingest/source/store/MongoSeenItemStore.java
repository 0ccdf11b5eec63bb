package io.newsflow.ingest.source.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.ingest.source.SeenItemStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code _id = source id + ":" + SHA-256 of the entry key}: every check during a poll is a primary-key read,
 * and keys of any length (long URLs) fit. Only deleting a source scans the collection.
 */
@Component
class MongoSeenItemStore implements SeenItemStore {

    static final String COLLECTION = "source_items";

    private final MongoTemplate mongo;

    MongoSeenItemStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> fingerprint(String sourceId, String key) {
        return Optional.ofNullable(items().find(new Document("_id", id(sourceId, key))).first())
                .map(document -> document.getString("fingerprint"));
    }

    @Override
    public void remember(String sourceId, String key, String fingerprint) {
        String id = id(sourceId, key);
        Document document = new Document("_id", id).append("sourceId", sourceId).append("key", key)
                .append("fingerprint", fingerprint).append("seenAt", new Date());
        items().replaceOne(new Document("_id", id), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public void forgetAll(String sourceId) {
        items().deleteMany(new Document("sourceId", sourceId));
    }

    private MongoCollection<Document> items() {
        return mongo.getCollection(COLLECTION);
    }

    private static String id(String sourceId, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return sourceId + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
