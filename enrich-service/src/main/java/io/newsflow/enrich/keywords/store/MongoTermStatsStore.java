package io.newsflow.enrich.keywords.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import io.newsflow.enrich.keywords.TermStatsStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code term_stats_counted}: the ids already counted; {@code term_stats_deltas}: what each commit counted, as one
 * document ({@link TermCounts}; more only past 20,000 terms), folded into {@link TermStatsSnapshots} at every load and
 * every {@link #COMPACT_EVERY} commits. A commit is two commands whatever the batch holds: one unordered insert of
 * the claims, then one insert of the delta, which the server stores as one document rather than one per term. The
 * claims are written first, so a crash between the two under-counts the batch rather than counting a replay twice.
 * A delta is named after the least article id it counts, which only the commit that claimed that id can use: a
 * retried insert of it is a duplicate key, not a second count. {@code term_stats}, one document per term, is what
 * commits wrote before the deltas; it is still read, and never written.
 */
@Component
class MongoTermStatsStore implements TermStatsStore {

    static final String LEGACY = "term_stats";
    static final String COUNTED = "term_stats_counted";
    static final String TOTAL = "__documents__";
    static final int COMPACT_EVERY = 100;

    private static final Logger log = LoggerFactory.getLogger(MongoTermStatsStore.class);

    private final MongoTemplate mongo;
    private final TermStatsSnapshots snapshots;
    private final AtomicInteger commits = new AtomicInteger();

    MongoTermStatsStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.snapshots = new TermStatsSnapshots(mongo);
    }

    @Override
    public long load(ObjIntConsumer<String> termCounts) {
        compact();
        TermCounts sum = snapshots.read();
        for (Document document : mongo.getCollection(LEGACY).find().batchSize(5000)) {
            String id = document.getString("_id");
            int count = ((Number) document.get("df")).intValue();
            if (TOTAL.equals(id)) {
                sum.addDocuments(count);
            } else {
                sum.add(id, count);
            }
        }
        sum.forEach(termCounts);
        return sum.documents();
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
        TermCounts delta = new TermCounts();
        String name = null;
        for (String id : ids) {
            if (!before.contains(id)) {
                delta.addDocuments(1);
                termsByArticle.get(id).forEach(term -> delta.add(term, 1));
                name = name == null || id.compareTo(name) < 0 ? id : name;
            }
        }
        if (name != null) {
            write(name, delta);
        }
        if (commits.incrementAndGet() % COMPACT_EVERY == 0) {
            compact();
        }
        return before;
    }

    /** Folds the deltas into a snapshot; a failure leaves them as they are, still counted, and is only logged. */
    void compact() {
        try {
            snapshots.compact();
        } catch (RuntimeException e) {
            log.warn("term statistics: compaction failed, the deltas stay as they are: {}", e.toString());
        }
    }

    private Set<String> claim(List<String> ids) {
        List<WriteModel<Document>> inserts = new ArrayList<>(ids.size());
        ids.forEach(id -> inserts.add(new InsertOneModel<>(new Document("_id", id))));
        try {
            mongo.getCollection(COUNTED).bulkWrite(inserts, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<String> before = new HashSet<>();
            for (BulkWriteError error : duplicatesOnly(e)) {
                before.add(ids.get(error.getIndex()));
            }
            return before;
        }
    }

    private void write(String name, TermCounts delta) {
        List<Document> chunks = delta.chunks(index -> new Document("_id", name + "#" + index));
        try {
            mongo.getCollection(TermStatsSnapshots.DELTAS).insertMany(chunks, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            duplicatesOnly(e);
        }
    }

    private static List<BulkWriteError> duplicatesOnly(MongoBulkWriteException e) {
        for (BulkWriteError error : e.getWriteErrors()) {
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return e.getWriteErrors();
    }
}
