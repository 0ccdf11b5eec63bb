package io.newsflow.publish.websub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.publish.websub.PendingDistribution;
import io.newsflow.publish.websub.PendingDistributions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Undelivered distributions on the Mongo-wire server: they outlive the adapter, one owner at a time sends each,
 * and one whose first attempt was under way when its instance died is taken over once the claim runs out.
 */
class MongoPendingDistributionsIT {

    private final String database = "websub_pending_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<MongoClient> clients = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterEach
    void close() {
        clients.forEach(MongoClient::close);
    }

    /** A fresh client and adapter, as a restarted or second instance has. */
    private PendingDistributions instance() {
        MongoClient client = MongoClients.create(LocalInfra.shared().mongoUri());
        clients.add(client);
        return new MongoPendingDistributions(new MongoTemplate(client, database));
    }

    private PendingDistribution failed(String id, Instant next) {
        return new PendingDistribution(id, "http://127.0.0.1:9/cb", "http://127.0.0.1:8080/feeds/latest.atom",
                "application/atom+xml;charset=UTF-8", "<feed>" + id + "</feed>", 1, now, next, "HTTP 503");
    }

    /** Stored as a failed first attempt leaves it: the claim of the instance that made the attempt released. */
    private void store(PendingDistributions pending, PendingDistribution distribution) {
        pending.addClaimed(List.of(distribution), "w0", now.minusSeconds(1));
    }

    private PendingDistribution held(String id) {
        return new PendingDistribution(id, "http://127.0.0.1:9/cb", "http://127.0.0.1:8080/feeds/latest.atom",
                "application/atom+xml;charset=UTF-8", "<feed>" + id + "</feed>", 0, now, now, null);
    }

    @Test
    void aFirstAttemptWhoseInstanceDiedIsTakenOverOnceItsClaimRunsOut() {
        PendingDistributions dead = instance();
        dead.addClaimed(List.of(held("n1"), held("n2")), "w1", now.plusSeconds(45));
        PendingDistributions other = instance();

        assertThat(other.claimDue("w2", now.plusSeconds(10), now.plusSeconds(55), 10))
                .as("the first attempts are under way").isEmpty();
        assertThat(other.claimDue("w2", now.plusSeconds(46), now.plusSeconds(90), 10))
                .extracting(PendingDistribution::id, PendingDistribution::attempts)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("n1", 0),
                        org.assertj.core.groups.Tuple.tuple("n2", 0));
    }

    @Test
    void aDeliveredFirstAttemptLeavesNothingBehind() {
        PendingDistributions a = instance();
        a.addClaimed(List.of(held("n1")), "w1", now.plusSeconds(45));
        a.remove("n1", "w1");
        assertThat(instance().claimDue("w2", now.plusSeconds(999), now.plusSeconds(1030), 10)).isEmpty();
    }

    @Test
    void aStoredRetryIsFoundByTheNextProcessAsItWasLeft() {
        PendingDistributions before = instance();
        store(before, failed("d1", now.plusSeconds(60)));
        store(before, failed("d2", now));
        clients.get(0).close();
        clients.clear();

        PendingDistributions after = instance();
        assertThat(after.claimDue("w2", now, now.plusSeconds(120), 10)).as("only what is due")
                .containsExactly(failed("d2", now));
        assertThat(after.claimDue("w2", now.plusSeconds(61), now.plusSeconds(90), 10))
                .extracting(PendingDistribution::id).containsExactly("d1");
    }

    @Test
    void oneOwnerAtATimeUntilTheClaimIsReleasedOrRunsOut() {
        PendingDistributions a = instance();
        PendingDistributions b = instance();
        store(a, failed("d1", now));

        assertThat(a.claimDue("w1", now, now.plusSeconds(30), 10)).hasSize(1);
        assertThat(b.claimDue("w2", now, now.plusSeconds(30), 10)).as("held by w1").isEmpty();
        assertThat(b.claimDue("w2", now.plusSeconds(31), now.plusSeconds(60), 10)).as("w1's claim ran out")
                .hasSize(1);
        a.remove("d1", "w1");
        assertThat(b.claimDue("w2", now.plusSeconds(61), now.plusSeconds(90), 10)).as("w1 lost it, cannot remove it")
                .hasSize(1);
        b.reschedule("d1", "w2", 2, now.plusSeconds(120), "timeout after 2000 ms");
        List<PendingDistribution> again = a.claimDue("w1", now.plusSeconds(120), now.plusSeconds(150), 10);
        assertThat(again).extracting(PendingDistribution::attempts, PendingDistribution::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "timeout after 2000 ms"));
        a.remove("d1", "w1");
        assertThat(b.claimDue("w2", now.plusSeconds(999), now.plusSeconds(1030), 10)).isEmpty();
    }

    @Test
    void twoInstancesSweepingAtOnceNeverClaimTheSameRetry() {
        PendingDistributions a = instance();
        PendingDistributions b = instance();
        IntStream.range(0, 40).forEach(i -> store(a, failed("d" + i, now)));

        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> sweep(a, "w1", claimed)),
                CompletableFuture.runAsync(() -> sweep(b, "w2", claimed))).join();

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
    }

    private void sweep(PendingDistributions pending, String owner, List<String> claimed) {
        List<PendingDistribution> due;
        do {
            due = pending.claimDue(owner, now, now.plusSeconds(30), 5);
            due.forEach(d -> claimed.add(d.id()));
        } while (!due.isEmpty());
    }
}
