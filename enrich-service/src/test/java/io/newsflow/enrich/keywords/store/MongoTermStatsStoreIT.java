package io.newsflow.enrich.keywords.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.MongoWireServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The term statistics on a Mongo-wire server of their own: what is committed is what a later load sums, once per
 * article, through delta documents, compactions and two instances at once.
 */
class MongoTermStatsStoreIT {

    private MongoWireServer server;
    private final List<MongoClient> clients = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = MongoWireServer.inMemory(FreePorts.next());
    }

    @AfterEach
    void stopServer() {
        clients.forEach(MongoClient::close);
        server.close();
    }

    @Test
    void loadsWhatWasCommittedAsOneDeltaDocumentPerCommit() {
        MongoTermStatsStore store = instance();
        store.commit(batch(0, 50));
        store.commit(batch(50, 80));
        long deltas = collection(TermStatsSnapshots.DELTAS).countDocuments();

        assertThat(load(instance())).isEqualTo(expected(0, 80));
        assertThat(deltas).isEqualTo(2);
    }

    @Test
    void aReplayedClaimCountsNothing() {
        MongoTermStatsStore store = instance();
        store.commit(batch(0, 10));

        Set<String> before = instance().commit(batch(5, 15));

        assertThat(before).containsExactlyInAnyOrderElementsOf(batch(5, 10).keySet());
        assertThat(load(store)).isEqualTo(expected(0, 15));
    }

    @Test
    void compactionKeepsTotalsExactAndTheDeltasFew() {
        MongoTermStatsStore store = instance();
        for (int i = 0; i < 2 * MongoTermStatsStore.COMPACT_EVERY + 10; i++) {
            store.commit(batch(i * 3, i * 3 + 3));
        }

        assertThat(collection(TermStatsSnapshots.DELTAS).countDocuments()).isEqualTo(10);
        Loaded loaded = load(instance());
        assertThat(loaded).isEqualTo(expected(0, (2 * MongoTermStatsStore.COMPACT_EVERY + 10) * 3));
        assertThat(collection(TermStatsSnapshots.DELTAS).countDocuments()).isZero();
    }

    @Test
    void deltasLeftByACompactionThatStoppedAfterItsSwapAreCountedOnce() {
        MongoTermStatsStore store = instance();
        store.commit(batch(0, 20));
        store.commit(batch(20, 30));
        List<Document> folded = collection(TermStatsSnapshots.DELTAS).find().into(new ArrayList<>());
        store.compact();
        // As if the compaction had stopped between swapping the head and deleting what it folded.
        collection(TermStatsSnapshots.DELTAS).insertMany(folded);
        store.commit(batch(30, 40));

        Loaded read = read();
        store.compact();

        assertThat(read).isEqualTo(expected(0, 40));
        assertThat(read()).isEqualTo(expected(0, 40));
        assertThat(collection(TermStatsSnapshots.DELTAS).countDocuments()).isZero();
    }

    @Test
    void chunksCountsOfManyTermsBelowTheDocumentLimit() {
        MongoTermStatsStore store = instance();
        Map<String, Set<String>> wide = new LinkedHashMap<>();
        for (int a = 0; a < 3; a++) {
            int first = a * TermCounts.CHUNK_TERMS;
            wide.put("wide-" + a, Set.copyOf(IntStream.range(first, first + TermCounts.CHUNK_TERMS + 500)
                    .mapToObj(t -> "词" + t).toList()));
        }
        store.commit(wide);
        assertThat(collection(TermStatsSnapshots.DELTAS).countDocuments()).isEqualTo(4);

        Loaded loaded = load(instance());

        assertThat(loaded.documents()).isEqualTo(3);
        assertThat(loaded.terms()).hasSize(3 * TermCounts.CHUNK_TERMS + 500);
        assertThat(loaded.terms().get("词" + TermCounts.CHUNK_TERMS)).isEqualTo(2);
        assertThat(collection(TermStatsSnapshots.SNAPSHOTS).countDocuments()).isEqualTo(1 + 4);
    }

    @Test
    void stillLoadsThePerTermDocumentsOfBeforeTheDeltas() {
        collection(MongoTermStatsStore.LEGACY).insertMany(List.of(
                new Document("_id", MongoTermStatsStore.TOTAL).append("df", 7),
                new Document("_id", "地铁").append("df", 5)));
        instance().commit(Map.of("new", Set.of("地铁", "换乘")));

        Loaded loaded = load(instance());

        assertThat(loaded.documents()).isEqualTo(8);
        assertThat(loaded.terms()).containsEntry("地铁", 6).containsEntry("换乘", 1);
    }

    @Test
    void twoInstancesCommittingAndCompactingAtOnceCountEachArticleOnce() throws Exception {
        MongoTermStatsStore first = instance();
        MongoTermStatsStore second = instance();
        MongoTermStatsStore reader = instance();
        int articles = 3_000;
        AtomicLong counted = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            // Both take every article, in batches that overlap the other's: each id is counted by one of them.
            Future<?> a = threads.submit(() -> commitAll(first, articles, 7, counted));
            Future<?> b = threads.submit(() -> commitAll(second, articles, 11, counted));
            // Every load compacts too: three instances compact while two commit.
            Future<List<String>> loads = threads.submit(() -> loadWhileCommitting(reader, counted, done, articles));
            a.get();
            b.get();
            done.set(true);

            assertThat(loads.get()).isEmpty();
            assertThat(counted.get()).isEqualTo(articles);
            assertThat(collection(TermStatsSnapshots.SNAPSHOTS).find(new Document("_id", TermStatsSnapshots.HEAD))
                    .first().get("generation", Number.class).longValue()).as("compactions swapped in").isGreaterThan(20);
            assertThat(load(reader)).isEqualTo(expected(0, articles));
        } finally {
            done.set(true);
            threads.shutdownNow();
        }
    }

    private static void commitAll(MongoTermStatsStore store, int articles, int batch, AtomicLong counted) {
        for (int from = 0; from < articles; from += batch) {
            Map<String, Set<String>> terms = batch(from, Math.min(from + batch, articles));
            counted.addAndGet(terms.size() - store.commit(terms).size());
            if (from / batch % 10 == 0) {
                store.compact();
            }
        }
    }

    /** Loads while the others commit; returns what was wrong: counted twice, or missing what came before. */
    private List<String> loadWhileCommitting(MongoTermStatsStore reader, AtomicLong counted, AtomicBoolean done,
            int articles) {
        Map<String, Integer> most = expected(0, articles).terms();
        List<String> wrong = new ArrayList<>();
        int loads = 0;
        while (!done.get() || loads == 0) {
            long committedBefore = counted.get();
            Loaded loaded = load(reader);
            loads++;
            if (loaded.documents() < committedBefore || loaded.documents() > articles) {
                wrong.add(loaded.documents() + " documents, " + committedBefore + " committed before the load");
            }
            loaded.terms().forEach((term, n) -> {
                if (n > most.getOrDefault(term, 0)) {
                    wrong.add(term + " counted " + n + " times");
                }
            });
        }
        return wrong;
    }

    private MongoTermStatsStore instance() {
        MongoClient client = MongoClients.create(server.connectionString());
        clients.add(client);
        return new MongoTermStatsStore(new MongoTemplate(client, "newsflow_enrich"));
    }

    private com.mongodb.client.MongoCollection<Document> collection(String name) {
        MongoClient client = MongoClients.create(server.connectionString());
        clients.add(client);
        return client.getDatabase("newsflow_enrich").getCollection(name);
    }

    /** Articles {@code from} (inclusive) to {@code to}, each with terms that depend on its number alone. */
    private static Map<String, Set<String>> batch(int from, int to) {
        Map<String, Set<String>> batch = new LinkedHashMap<>();
        for (int n = from; n < to; n++) {
            batch.put("article-" + n, Set.of("词" + n % 97, "字" + n % 13, "term." + n % 5));
        }
        return batch;
    }

    private static Loaded expected(int from, int to) {
        Map<String, Integer> terms = new HashMap<>();
        batch(from, to).values().forEach(set -> set.forEach(term -> terms.merge(term, 1, Integer::sum)));
        return new Loaded(to - from, terms);
    }

    /** What the snapshots and deltas hold, read without the compaction a load begins with. */
    private Loaded read() {
        MongoClient client = MongoClients.create(server.connectionString());
        clients.add(client);
        TermCounts sum = new TermStatsSnapshots(new MongoTemplate(client, "newsflow_enrich")).read();
        Map<String, Integer> terms = new HashMap<>();
        sum.forEach(terms::put);
        return new Loaded(sum.documents(), terms);
    }

    private static Loaded load(MongoTermStatsStore store) {
        Map<String, Integer> terms = new HashMap<>();
        long documents = store.load(terms::put);
        return new Loaded(documents, terms);
    }

    private record Loaded(long documents, Map<String, Integer> terms) {
    }
}
