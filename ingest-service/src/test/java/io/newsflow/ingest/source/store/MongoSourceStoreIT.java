package io.newsflow.ingest.source.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourceState;
import io.newsflow.ingest.source.SourceStore;
import io.newsflow.ingest.source.SourceType;
import io.newsflow.localstack.LocalInfra;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The poll claim on the Mongo-wire server, as two ingest instances (two clients) see it. */
class MongoSourceStoreIT {

    private final String database = "sources_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<MongoClient> clients = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterEach
    void close() {
        clients.forEach(MongoClient::close);
    }

    private SourceStore instance() {
        MongoClient client = MongoClients.create(LocalInfra.shared().mongoUri());
        clients.add(client);
        return new MongoSourceStore(new MongoTemplate(client, database));
    }

    @Test
    void oneInstanceHoldsASourcesPollsUntilItsClaimRunsOut() {
        SourceStore a = instance();
        SourceStore b = instance();
        a.insert(new Source("s1", SourceType.FEED, "https://example.cn/feed.xml", "s1", Duration.ofMinutes(5),
                SourceState.ACTIVE, null, null, 0, 0, null));

        assertThat(a.claimPoll("s1", "ingest-a", now, now.plusSeconds(300))).isTrue();
        assertThat(b.claimPoll("s1", "ingest-b", now.plusSeconds(60), now.plusSeconds(360))).as("held by a").isFalse();
        assertThat(a.claimPoll("s1", "ingest-a", now.plusSeconds(300), now.plusSeconds(600))).as("a renews").isTrue();
        assertThat(b.claimPoll("s1", "ingest-b", now.plusSeconds(601), now.plusSeconds(900)))
                .as("a is gone and its claim ran out").isTrue();
        assertThat(a.claimPoll("s1", "ingest-a", now.plusSeconds(700), now.plusSeconds(1000))).as("now b's").isFalse();
        assertThat(a.find("s1")).get().extracting(Source::state).isEqualTo(SourceState.ACTIVE);
    }

    @Test
    void aDeletedSourceCannotBeClaimed() {
        SourceStore a = instance();
        assertThat(a.claimPoll("gone", "ingest-a", now, now.plusSeconds(300))).isFalse();
    }
}
