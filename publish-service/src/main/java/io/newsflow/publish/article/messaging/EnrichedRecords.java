package io.newsflow.publish.article.messaging;

import io.newsflow.model.CloudEvent;
import io.newsflow.model.EnrichedArticleEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a record of the enriched topic as the event its CloudEvents type names. */
public final class EnrichedRecords {

    private EnrichedRecords() {
    }

    public static EnrichedArticleEvent decode(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEvent.TYPE);
        return EnrichedArticleEvent.decode(record.value(),
                type == null || type.value() == null ? null : new String(type.value(), StandardCharsets.UTF_8));
    }
}
