package io.newsflow.enrich.keywords.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.newsflow.enrich.keywords.TermStatsStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code term_stats}: one document per term ({@code _id} = term, {@code df} = documents containing it) plus
 * one for the document total; {@code term_stats_counted}: the ids already counted. A commit is two commands
 * whatever the batch holds: one unordered insert of the claims, then one bulk of {@code $inc} upserts with the
 * batch's counts merged per term. The claims are written first, so a crash between the two under-counts the
 * batch rather than counting a replay twice.
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
        for (Document document : mongo.getCollection(STATS).find().batchSize(5000)) {
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
    public void loadCounted(Consumer<String> articleId) {
        for (Document document : mongo.getCollection(COUNTED).find().batchSize(5000)) {
            articleId.accept(document.getString("_id"));
        }
    }

    @Override
    public Set<String> commit(Map<String, Set<String>> termsByArticle) {
        if (termsByArticle.isEmpty()) {
            return Set.of();
        }
        List<String> ids = List.copyOf(termsByArticle.keySet());
        Set<String> before = claim(ids);
        Map<String, Integer> deltas = new HashMap<>();
        int documents = 0;
        for (String id : ids) {
            if (!before.contains(id)) {
                documents++;
                termsByArticle.get(id).forEach(term -> deltas.merge(term, 1, Integer::sum));
            }
        }
        if (documents > 0) {
            increment(documents, deltas);
        }
        return before;
    }

    private Set<String> claim(List<String> ids) {
        List<WriteModel<Document>> inserts = new ArrayList<>(ids.size());
        ids.forEach(id -> inserts.add(new InsertOneModel<>(new Document("_id", id))));
        try {
            mongo.getCollection(COUNTED).bulkWrite(inserts, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<String> before = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                before.add(ids.get(error.getIndex()));
            }
            return before;
        }
    }

    private void increment(int documents, Map<String, Integer> deltas) {
        List<WriteModel<Document>> updates = new ArrayList<>(deltas.size() + 1);
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        updates.add(new UpdateOneModel<>(new Document("_id", TOTAL),
                new Document("$inc", new Document("df", documents)), upsert));
        deltas.forEach((term, delta) -> updates.add(new UpdateOneModel<>(new Document("_id", term),
                new Document("$inc", new Document("df", delta)), upsert)));
        mongo.getCollection(STATS).bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }
}
