package io.newsflow.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.support.ServiceSupportAutoConfiguration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client Boot builds for a service counts its commands, by name, one per round trip. */
class MongoCommandCounterTest {

    private MongoServer server;
    private ApplicationContextRunner runner;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        String uri = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        ServiceSupportAutoConfiguration.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("spring.mongodb.uri=" + uri + "/counted");
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void countsEveryCommandTheServiceSendsByNameAndCollection() {
        runner.run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            MongoCollection<Document> articles = context.getBean(MongoClient.class).getDatabase("counted")
                    .getCollection("articles");
            long before = MongoCommandCounter.total(meters);

            articles.insertMany(List.of(new Document("_id", "a1"), new Document("_id", "a2"), new Document("_id", "a3")));
            articles.find(new Document("_id", "a2")).first();
            articles.find(new Document("_id", "a3")).first();

            assertThat(meters.get(MongoCommandCounter.METER).tag("command", "insert").tag("collection", "articles")
                    .counter().count()).isEqualTo(1);
            assertThat(meters.get(MongoCommandCounter.METER).tag("command", "find").tag("collection", "articles")
                    .counter().count()).isEqualTo(2);
            assertThat(MongoCommandCounter.total(meters) - before).isEqualTo(3);
        });
    }
}
