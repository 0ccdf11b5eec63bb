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

/** Failed distributions on the Mongo-wire server: they outlive the adapter, and one owner at a time sends each. */
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

    @Test
    void aStoredRetryIsFoundByTheNextProcessAsItWasLeft() {
        PendingDistributions before = instance();
        before.add(failed("d1", now.plusSeconds(60)));
        before.add(failed("d2", now));
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
        a.add(failed("d1", now));

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
        IntStream.range(0, 40).forEach(i -> a.add(failed("d" + i, now)));

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
