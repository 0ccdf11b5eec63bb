package io.newsflow.ingest.article.store;

import io.newsflow.ingest.article.IngestedArticleStore;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each article's latest version as its event JSON under {@code _id = article id}, so the stored shape is
 * the contract's and a lookup is one primary-key read.
 */
@Component
class MongoIngestedArticleStore implements IngestedArticleStore {

    static final String COLLECTION = "articles";

    private final MongoTemplate mongo;

    MongoIngestedArticleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ArticleIngested> latest(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        document.remove("_id");
        return Optional.of(EventCodec.mapper().readValue(document.toJson(), ArticleIngested.class));
    }

    @Override
    public void save(ArticleIngested article) {
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(article));
        document.put("_id", article.id());
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", article.id()), document,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }
}
