package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.pipeline.Corpus;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.support.mongo.MongoCommandCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What the store costs per article when the raw topic has a backlog (polls of 50): the idempotency reads, the
 * stored records and the term statistics are a few commands per poll, not per article. On a broker and store of
 * its own, so that its 200 articles are nobody else's near-duplicates or recommendations.
 */
class EnrichStoreCostIT {

    private static final int ARTICLES = 200;

    @Test
    void sendsAtMostOneMongoCommandPerArticleInPollsOfFifty() throws Exception {
        try (LocalInfra infra = LocalInfra.isolated(); ConfigurableApplicationContext service = start(infra)) {
            List<Corpus.Entry> corpus = Corpus.load();
            List<ArticleIngested> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                articles.add(EnrichServiceFixture.corpus(corpus.get(i % corpus.size()).id(),
                        "cost-" + i + "-" + UUID.randomUUID()));
            }
            MessageListenerContainer raw = service.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer("enrich-raw");
            raw.pause();
            await().atMost(Duration.ofSeconds(30)).until(raw::isPauseRequested);
            send(infra, articles);
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            long before = MongoCommandCounter.total(meters);

            raw.resume();
            // Watched through a client of the test's own, whose commands the service's counter does not see.
            try (MongoClient watcher = MongoClients.create(infra.mongoUri())) {
                Document ids = new Document("_id", new Document("$in",
                        articles.stream().map(ArticleIngested::id).toList()));
                await().atMost(Duration.ofSeconds(180)).until(() -> watcher.getDatabase("newsflow_enrich")
                        .getCollection("articles").countDocuments(ids) == ARTICLES);
            }
            double perArticle = (MongoCommandCounter.total(meters) - before) / (double) ARTICLES;

            System.out.printf("enrich: %.3f MongoDB commands per article (%d articles, polls of up to 50)%n",
                    perArticle, ARTICLES);
            assertThat(perArticle).isLessThanOrEqualTo(1.0);
        }
    }

    private static void send(LocalInfra infra, List<ArticleIngested> articles) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (ArticleIngested article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.id(), EventCodec.encode(article)));
            }
            producer.flush();
        }
    }

    private static ConfigurableApplicationContext start(LocalInfra infra) {
        Map<String, String> properties = new HashMap<>(infra.springProperties());
        properties.put("server.port", "0");
        properties.put("newsflow.enrich.admin-token", "cost-token");
        properties.put("management.tracing.sampling.probability", "0");
        return new SpringApplicationBuilder(EnrichApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }
}
