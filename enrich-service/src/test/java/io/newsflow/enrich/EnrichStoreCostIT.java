package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.pipeline.Corpus;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleIngested;
import io.newsflow.support.mongo.MongoCommandCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What the store costs per article when the raw topic has a backlog (polls of 50): the idempotency reads, the
 * stored records and the term statistics are a few commands per poll, not per article.
 */
class EnrichStoreCostIT extends EnrichServiceFixture {

    private static final int ARTICLES = 200;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void sendsAtMostOneMongoCommandPerArticleInPollsOfFifty() throws Exception {
        List<Corpus.Entry> corpus = Corpus.load();
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(corpus(corpus.get(i % corpus.size()).id(), "cost-" + i + "-" + UUID.randomUUID()));
        }
        MessageListenerContainer raw = listeners.getListenerContainer("enrich-raw");
        raw.pause();
        await().atMost(Duration.ofSeconds(30)).until(raw::isPauseRequested);
        for (ArticleIngested article : articles) {
            send(article);
        }
        long before = MongoCommandCounter.total(meters);

        raw.resume();
        // Watched through a client of the test's own, whose commands the service's counter does not see.
        try (MongoClient watcher = MongoClients.create(LocalInfra.shared().mongoUri())) {
            Document ids = new Document("_id", new Document("$in", articles.stream().map(ArticleIngested::id).toList()));
            await().atMost(Duration.ofSeconds(180)).until(() -> watcher.getDatabase(mongo.getDb().getName())
                    .getCollection("articles").countDocuments(ids) == ARTICLES);
        }
        double perArticle = (MongoCommandCounter.total(meters) - before) / (double) ARTICLES;

        System.out.printf("enrich: %.3f MongoDB commands per article (%d articles, polls of up to 50)%n",
                perArticle, ARTICLES);
        assertThat(perArticle).isLessThanOrEqualTo(1.0);
    }
}
