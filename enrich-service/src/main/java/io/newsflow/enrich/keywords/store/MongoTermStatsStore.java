package io.newsflow.enrich.keywords.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.newsflow.enrich.keywords.TermStatsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code term_stats}: one document per term ({@code _id} = term, {@code df} = documents containing it) plus
 * one for the document total; {@code term_stats_counted}: the ids already counted. The claim is written first,
 * so a crash between the two writes under-counts one article rather than counting a replay twice.
 */
@Component
class MongoTermStatsStore implements TermStatsStore {

    static final String STATS = "term_stats";
    static final String COUNTED = "term_stats_counted";
    static final String TOTAL = "__documents__";

    private final MongoTemplate mongo;

    MongoTermStatsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long load(ObjIntConsumer<String> termCounts) {
        long total = 0;
        for (Document document : mongo.getCollection(STATS).find()) {
            String id = document.getString("_id");
            int count = ((Number) document.get("df")).intValue();
            if (TOTAL.equals(id)) {
                total = count;
            } else {
                termCounts.accept(id, count);
            }
        }
        return total;
    }

    @Override
    public boolean claim(String articleId) {
        try {
            mongo.getCollection(COUNTED).insertOne(new Document("_id", articleId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void increment(Collection<String> terms) {
        List<WriteModel<Document>> updates = new ArrayList<>(terms.size() + 1);
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        Document inc = new Document("$inc", new Document("df", 1));
        updates.add(new UpdateOneModel<>(new Document("_id", TOTAL), inc, upsert));
        for (String term : terms) {
            updates.add(new UpdateOneModel<>(new Document("_id", term), inc, upsert));
        }
        mongo.getCollection(STATS).bulkWrite(updates);
    }
}
