package io.newsflow.ingest.article.store;

import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.newsflow.ingest.article.IngestedArticle;
import io.newsflow.ingest.article.IngestedArticleStore;
import io.newsflow.model.EventCodec;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per article under {@code _id = article id}: the latest event as the contract writes it, and the
 * list of accepted versions. A lookup is one primary-key read; a batch is one bulk write.
 */
@Component
class MongoIngestedArticleStore implements IngestedArticleStore {

    static final String COLLECTION = "articles";

    private final MongoTemplate mongo;

    MongoIngestedArticleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<IngestedArticle> find(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(decode(document));
    }

    @Override
    public Map<String, IngestedArticle> findAll(Collection<String> ids) {
        Map<String, IngestedArticle> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        for (Document document : mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in",
                distinct)))) {
            String id = document.getString("_id");
            found.put(id, decode(document));
        }
        return found;
    }

    private static IngestedArticle decode(Document document) {
        document.remove("_id");
        return EventCodec.mapper().readValue(document.toJson(), IngestedArticle.class);
    }

    @Override
    public void saveAll(Collection<IngestedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = articles.stream().<WriteModel<Document>>map(article -> {
            Document document = Document.parse(EventCodec.mapper().writeValueAsString(article));
            document.put("_id", article.latest().id());
            return new ReplaceOneModel<>(new Document("_id", article.latest().id()), document,
                    new ReplaceOptions().upsert(true));
        }).toList();
        mongo.getCollection(COLLECTION).bulkWrite(writes);
    }
}
