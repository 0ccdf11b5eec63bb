package io.newsflow.console;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Category;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces pipeline events the way ingest- and enrich-service do, and dead letters the way Spring Kafka does. */
public final class Events {

    private static KafkaProducer<String, byte[]> producer;

    private Events() {
    }

    public static ArticleIngested ingested(String id, String title, String source, Instant ingestedAt) {
        return new ArticleIngested(id, "https://example.cn/" + id, "https://example.cn/" + id, title,
                new Body("正文 " + title, "<p>正文</p>"), ingestedAt.minusSeconds(60), source, "记者",
                List.of("国内新闻", "上海新闻"), "zh", "hash-" + id, 1, ingestedAt, Origin.API, List.of("长宁"));
    }

    public static ArticleEnriched enriched(ArticleIngested article) {
        return new ArticleEnriched(article, List.of(new Category("20000", List.of("国内新闻", "上海新闻"), "上海新闻", 0.9,
                Category.AssignedBy.BREADCRUMB)), List.of(new Keyword("虹桥", 0.8)), List.of(), "摘要", "0123456789abcdef",
                null, List.of(), "test-1", Instant.now(), List.of("上海"), null, List.of());
    }

    public static RecordMetadata raw(ArticleIngested article, Map<String, String> extraHeaders) {
        return send(Topics.ARTICLES_RAW, article.id(), EventCodec.encode(article), CloudEvent.TYPE_INGESTED,
                extraHeaders);
    }

    public static RecordMetadata enriched(ArticleEnriched article) {
        return send(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article), CloudEvent.TYPE_ENRICHED,
                Map.of());
    }

    /** A poison message on the raw DLT with the headers Spring Kafka's DeadLetterPublishingRecoverer writes. */
    public static RecordMetadata deadLetter(String key, byte[] value, int originalPartition, long originalOffset) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.deadLetter(Topics.ARTICLES_RAW), key, value);
        CloudEvent.of(CloudEvent.TYPE_INGESTED, "/ingest-service").toHeaders().forEach(record.headers()::add);
        record.headers().add("kafka_dlt-original-topic", utf8(Topics.ARTICLES_RAW));
        record.headers().add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(originalPartition).array());
        record.headers().add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(originalOffset).array());
        record.headers().add("kafka_dlt-original-timestamp", ByteBuffer.allocate(8).putLong(1_700_000_000_000L).array());
        record.headers().add("kafka_dlt-exception-fqcn",
                utf8("io.newsflow.model.EventCodec$MalformedEventException"));
        record.headers().add("kafka_dlt-exception-message", utf8("cannot read ArticleIngested: Unexpected character"));
        return send(record);
    }

    /** Commits like a member of {@code group} would, without joining it: lag is computed from these offsets. */
    public static void commit(String group, TopicPartition partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }

    private static RecordMetadata send(String topic, String key, byte[] value, String type, Map<String, String> extra) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        CloudEvent.of(type, "/test").toHeaders().forEach(record.headers()::add);
        extra.forEach((name, header) -> record.headers().add(name, utf8(header)));
        return send(record);
    }

    private static synchronized RecordMetadata send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    LocalInfra.shared().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
        }
        try {
            return producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot produce to " + record.topic(), e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
