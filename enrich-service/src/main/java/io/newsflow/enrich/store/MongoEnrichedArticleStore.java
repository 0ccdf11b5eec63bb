package io.newsflow.enrich.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.enrich.pipeline.EnrichedArticleStore;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the enriched event JSON under {@code _id = article id}. The replace only matches a stored version that
 * is not newer; when a newer one exists, the upsert's insert hits the unique {@code _id} and is ignored, which
 * keeps replays and out-of-order deliveries harmless without transactions.
 */
@Component
class MongoEnrichedArticleStore implements EnrichedArticleStore {

    static final String COLLECTION = "articles";

    private final MongoTemplate mongo;

    MongoEnrichedArticleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ArticleEnriched> find(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        document.remove("_id");
        document.remove("articleVersion");
        return Optional.of(EventCodec.mapper().readValue(document.toJson(), ArticleEnriched.class));
    }

    @Override
    public void upsert(ArticleEnriched article) {
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(article));
        document.put("_id", article.id());
        document.put("articleVersion", article.article().version());
        Document notNewer = new Document("_id", article.id())
                .append("articleVersion", new Document("$lte", article.article().version()));
        try {
            mongo.getCollection(COLLECTION).replaceOne(notNewer, document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
