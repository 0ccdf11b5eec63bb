package io.newsflow.console.record;

import io.newsflow.model.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns records into {@link RecordView}s. Reads the JSON tree rather than the event records, so a poison message,
 * an older or a newer event shape still shows up instead of vanishing from the tail.
 */
public final class RecordViews {

    private RecordViews() {
    }

    public static RecordView of(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = HeaderValues.decode(record.headers());
        byte[] value = record.value() == null ? new byte[0] : record.value();
        JsonNode tree = parse(value);
        String json = tree == null ? new String(value, StandardCharsets.UTF_8)
                : EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        JsonNode article = tree == null ? null : tree.has("article") ? tree.get("article") : tree;
        List<String> categories = new ArrayList<>(texts(article, "breadcrumb"));
        List<String> keywords = new ArrayList<>(texts(article, "sourceKeywords"));
        if (tree != null) {
            tree.path("categories").forEach(category -> categories.add(category.path("label").asString("")));
            tree.path("keywords").forEach(keyword -> keywords.add(keyword.path("term").asString("")));
        }
        return new RecordView(RecordView.id(record.topic(), record.partition(), record.offset()), record.topic(),
                record.partition(), record.offset(), record.timestamp(), record.key(), text(article, "title"),
                text(article, "source"), categories.stream().filter(s -> !s.isBlank()).distinct().toList(),
                keywords.stream().filter(s -> !s.isBlank()).distinct().toList(), TraceIds.of(headers),
                instant(text(article, "ingestedAt")), headers, json);
    }

    private static JsonNode parse(byte[] value) {
        try {
            JsonNode tree = EventCodec.mapper().readTree(value);
            return tree != null && tree.isObject() ? tree : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isValueNode() ? "" : node.path(field).asString("");
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.path(field).forEach(item -> values.add(item.asString("")));
        }
        return values;
    }

    private static Long instant(String text) {
        try {
            return text.isBlank() ? null : Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
