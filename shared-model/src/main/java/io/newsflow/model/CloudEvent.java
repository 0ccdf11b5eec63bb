package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 attributes carried as Kafka headers in binary mode (the Kafka protocol binding):
 * identity, type, source and time travel in {@code ce_*} headers, the event state in the JSON body.
 */
public record CloudEvent(String id, String type, String source, Instant time) {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPECVERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    public static final String TYPE_INGESTED = "io.newsflow.article.ingested.v1";
    public static final String TYPE_ENRICHED = "io.newsflow.article.enriched.v1";
    public static final String TYPE_RELATIONS_CHANGED = "io.newsflow.article.relations-changed.v1";
    public static final String TYPE_TOPIC_EXAMPLE = "io.newsflow.topic-example.recorded.v1";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }

    public static CloudEvent of(String type, String source) {
        return new CloudEvent(UUID.randomUUID().toString(), type, source, Instant.now());
    }

    /** The Kafka headers of this event, in binding order, UTF-8 encoded. */
    public Map<String, byte[]> toHeaders() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(ID, utf8(id));
        headers.put(TYPE, utf8(type));
        headers.put(SOURCE, utf8(source));
        headers.put(TIME, utf8(time.toString()));
        headers.put(SPECVERSION, utf8(SPEC_VERSION));
        headers.put(CONTENT_TYPE, utf8(JSON));
        return headers;
    }

    /** Reads the attributes back from Kafka headers; fails when a required one is missing. */
    public static CloudEvent fromHeaders(Map<String, byte[]> headers) {
        return new CloudEvent(required(headers, ID), required(headers, TYPE), required(headers, SOURCE),
                Instant.parse(required(headers, TIME)));
    }

    private static String required(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents header " + name);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
