package io.newsflow.console.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.Events;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordViewsTest {

    private static final Instant INGESTED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void readsArticleFieldsTraceIdAndCloudEventsHeadersOfARawEvent() {
        ArticleIngested article = Events.ingested("a1", "<script>alert(1)</script>标题", "长宁时报", INGESTED);
        ConsumerRecord<String, byte[]> record = record(Topics.ARTICLES_RAW, "a1", EventCodec.encode(article));
        CloudEvent.of(CloudEvent.TYPE_INGESTED, "/ingest").toHeaders().forEach(record.headers()::add);
        record.headers().add("traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));

        RecordView view = RecordViews.of(record);

        assertThat(view.id()).isEqualTo(Topics.ARTICLES_RAW + "/1/17");
        assertThat(view.title()).isEqualTo("<script>alert(1)</script>标题");
        assertThat(view.source()).isEqualTo("长宁时报");
        assertThat(view.categories()).containsExactly("国内新闻", "上海新闻");
        assertThat(view.ingestedAt()).isEqualTo(INGESTED.toEpochMilli());
        assertThat(view.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(view.headers()).containsEntry("ce_type", CloudEvent.TYPE_INGESTED);
        assertThat(view.json()).contains("\n").contains("\"contentHash\" : \"hash-a1\"");
    }

    @Test
    void readsCategoriesAndKeywordsOfAnEnrichedEventAndTheNewsflowTraceHeader() {
        ArticleIngested article = Events.ingested("a2", "标题", "来源", INGESTED);
        ConsumerRecord<String, byte[]> record = record(Topics.ARTICLES_ENRICHED, "a2",
                EventCodec.encode(Events.enriched(article)));
        record.headers().add("newsflow-trace-id", "corr-42".getBytes(StandardCharsets.UTF_8));

        RecordView view = RecordViews.of(record);

        assertThat(view.title()).isEqualTo("标题");
        assertThat(view.keywords()).contains("虹桥", "长宁");
        assertThat(view.categories()).contains("上海新闻");
        assertThat(view.traceId()).isEqualTo("corr-42");
    }

    @Test
    void showsAPoisonMessageAsTextAndDecodesSpringKafkaBinaryHeaders() {
        ConsumerRecord<String, byte[]> record = record(Topics.deadLetter(Topics.ARTICLES_RAW), null,
                "{\"title\": broken".getBytes(StandardCharsets.UTF_8));
        record.headers().add(HeaderValues.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(2).array());
        record.headers().add(HeaderValues.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(12345L).array());
        record.headers().add("binary", new byte[] {(byte) 0xff, 0x00});

        RecordView view = RecordViews.of(record);

        assertThat(view.json()).isEqualTo("{\"title\": broken");
        assertThat(view.title()).isEmpty();
        assertThat(view.ingestedAt()).isNull();
        assertThat(view.traceId()).isNull();
        assertThat(view.headers()).containsEntry(HeaderValues.ORIGINAL_PARTITION, "2")
                .containsEntry(HeaderValues.ORIGINAL_OFFSET, "12345").containsEntry("binary", "0xff00");
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 1, 17, key, value);
    }
}
