package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfraIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsKafkaMessagesAndMongoDocumentsAcrossARestart() throws Exception {
        int kafkaPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        int mongoPort = FreePorts.next();
        String marker = UUID.randomUUID().toString();

        try (LocalInfra infra = LocalInfra.durable(dataDir, kafkaPort, controllerPort, mongoPort)) {
            produce(infra.bootstrapServers(), marker);
            try (MongoClient client = MongoClients.create(infra.mongoUri())) {
                articles(client).insertOne(new Document("_id", marker).append("title", "六外联动"));
            }
        }

        try (LocalInfra infra = LocalInfra.durable(dataDir, kafkaPort, controllerPort, mongoPort)) {
            assertThat(consumeAll(infra.bootstrapServers())).contains(marker);
            try (MongoClient client = MongoClients.create(infra.mongoUri())) {
                Document stored = articles(client).find(new Document("_id", marker)).first();
                assertThat(stored).isNotNull();
                assertThat(stored.getString("title")).isEqualTo("六外联动");
            }
        }
    }

    @Test
    void createsEveryPipelineTopicAndNoOthersOnDemand() throws Exception {
        LocalInfra infra = LocalInfra.shared();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", infra.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).containsAll(Topology.TOPICS);
            var description = admin.describeTopics(List.of(Topics.ARTICLES_RAW)).allTopicNames().get();
            assertThat(description.get(Topics.ARTICLES_RAW).partitions()).hasSize(Topology.PARTITIONS);
        }
    }

    private static MongoCollection<Document> articles(MongoClient client) {
        return client.getDatabase("newsflow_test").getCollection("articles");
    }

    private static void produce(String bootstrap, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "k", value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ARTICLES_RAW));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(new String(record.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
