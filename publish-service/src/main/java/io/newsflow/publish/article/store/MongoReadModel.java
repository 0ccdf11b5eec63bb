package io.newsflow.publish.article.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.article.ReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per article under {@code _id = article id}, replaced only by an enrichment that is not older
 * (article version, then enrichment time); an older one loses on the unique {@code _id} and is ignored.
 */
@Component
class MongoReadModel implements ReadModel {

    static final String COLLECTION = "articles";
    private static final String ORDER = "_order";
    private static final String SORT_TIME = "_sortTime";

    private final MongoTemplate mongo;

    MongoReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ArticleEnriched> find(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(read(document));
    }

    @Override
    public List<ArticleEnriched> newest(int limit) {
        List<ArticleEnriched> newest = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().sort(new Document(SORT_TIME, -1)).limit(limit)
                .forEach(document -> newest.add(read(document)));
        return newest;
    }

    private static ArticleEnriched read(Document document) {
        document.remove("_id");
        document.remove(ORDER);
        document.remove(SORT_TIME);
        return EventCodec.mapper().readValue(document.toJson(), ArticleEnriched.class);
    }

    @Override
    public void upsert(ArticleEnriched article) {
        String order = order(article);
        Document notNewer = new Document("_id", article.id()).append(ORDER, new Document("$lte", order));
        try {
            mongo.getCollection(COLLECTION).replaceOne(notNewer, document(article), new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public void upsertAll(List<ArticleEnriched> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = articles.stream().map(article -> new ReplaceOneModel<>(
                new Document("_id", article.id()).append(ORDER, new Document("$lte", order(article))),
                document(article), new ReplaceOptions().upsert(true))).toList();
        try {
            // in any order: an older enrichment meets the newer one's _id and loses, whichever is written first
            mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || e.getWriteErrors().stream()
                    .anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** The stored form: the event as JSON, keyed by article id, with the fields that order versions and feeds. */
    static Document document(ArticleEnriched article) {
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(article));
        document.put("_id", article.id());
        document.put(ORDER, order(article));
        document.put(SORT_TIME, ArticleTimes.sortTime(article).toEpochMilli());
        return document;
    }

    /** Sortable as a string: zero-padded article version, then the enrichment time in epoch milliseconds. */
    private static String order(ArticleEnriched article) {
        return String.format("%010d|%015d", article.article().version(), article.enrichedAt().toEpochMilli());
    }
}
