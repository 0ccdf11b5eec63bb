package io.newsflow.enrich.keywords.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The commits' delta documents ({@code term_stats_deltas}) folded into a snapshot ({@code term_stats_snapshots}),
 * so that the deltas stay few. The snapshot in force is named by one head document: its generation, the build id
 * of its chunks and the ids of the deltas folded into it. A compaction, from head {@code g}: deletes the deltas
 * head {@code g} folded (left if its compaction stopped early), sums head {@code g}'s chunks and up to
 * {@link #MOST_FOLDED} deltas into chunks of a new build, and swaps the head to {@code g + 1} only if it is still
 * {@code g} (one atomic replace: of two compactions at once, one wins; the other deletes its chunks). Only then does
 * the winner delete the deltas it folded and the chunks built on {@code g} or before, its own excepted.
 *
 * <p>So whenever a head is in force, every delta its snapshot holds is either deleted or named by it. A reader
 * takes the head, its chunks and every delta not named by it, then the head again, and reads once more if the
 * head moved meanwhile: nothing is counted twice, and nothing committed before the read is missed.
 */
final class TermStatsSnapshots {

    static final String DELTAS = "term_stats_deltas";
    static final String SNAPSHOTS = "term_stats_snapshots";
    static final String HEAD = "head";
    static final int MOST_FOLDED = 5_000;
    private static final int READ_ATTEMPTS = 20;

    private final MongoCollection<Document> deltas;
    private final MongoCollection<Document> snapshots;

    TermStatsSnapshots(MongoTemplate mongo) {
        this.deltas = mongo.getCollection(DELTAS);
        this.snapshots = mongo.getCollection(SNAPSHOTS);
    }

    /** The snapshot in force plus every delta it does not hold. */
    TermCounts read() {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Head head = head();
            TermCounts sum = new TermCounts();
            if (readChunks(head, sum)) {
                Set<String> folded = new HashSet<>(head.folded());
                for (Document delta : deltas.find().batchSize(100)) {
                    if (!folded.contains(delta.getString("_id"))) {
                        sum.add(delta);
                    }
                }
                if (head().generation() == head.generation()) {
                    return sum;
                }
            }
        }
        throw new IllegalStateException("term statistics: the snapshot moved during " + READ_ATTEMPTS + " reads");
    }

    /** Folds deltas into a new snapshot; false when there was nothing to fold or another compaction won. */
    boolean compact() {
        Head base = head();
        if (!base.folded().isEmpty()) {
            deltas.deleteMany(in("_id", base.folded()));
        }
        TermCounts sum = new TermCounts();
        if (!readChunks(base, sum)) {
            return false;
        }
        List<String> folded = new ArrayList<>();
        for (Document delta : deltas.find().limit(MOST_FOLDED).batchSize(100)) {
            sum.add(delta);
            folded.add(delta.getString("_id"));
        }
        if (folded.isEmpty()) {
            return false;
        }
        String build = UUID.randomUUID().toString();
        List<Document> chunks = sum.chunks(index -> new Document("_id", build + ":" + index)
                .append("build", build).append("base", base.generation()));
        snapshots.insertMany(chunks);
        if (!swap(base, new Head(base.generation() + 1, build, chunks.size(), folded))) {
            snapshots.deleteMany(eq("build", build));
            return false;
        }
        deltas.deleteMany(in("_id", folded));
        snapshots.deleteMany(and(ne("build", build), lte("base", base.generation())));
        return true;
    }

    private boolean readChunks(Head head, TermCounts sum) {
        if (head.build() == null) {
            return true;
        }
        int read = 0;
        for (Document chunk : snapshots.find(eq("build", head.build()))) {
            sum.add(chunk);
            read++;
        }
        return read == head.chunks();
    }

    private Head head() {
        Document head = snapshots.find(eq("_id", HEAD)).first();
        return head == null ? Head.NONE
                : new Head(((Number) head.get("generation")).longValue(), head.getString("snapshot"),
                        head.getInteger("chunks"), head.getList("folded", String.class));
    }

    private boolean swap(Head base, Head next) {
        Document document = new Document("_id", HEAD).append("generation", next.generation())
                .append("snapshot", next.build()).append("chunks", next.chunks()).append("folded", next.folded());
        if (base.build() != null) {
            return snapshots.replaceOne(and(eq("_id", HEAD), eq("generation", base.generation())), document)
                    .getMatchedCount() == 1;
        }
        try {
            snapshots.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private record Head(long generation, String build, int chunks, List<String> folded) {
        static final Head NONE = new Head(0, null, 0, List.of());
    }
}
