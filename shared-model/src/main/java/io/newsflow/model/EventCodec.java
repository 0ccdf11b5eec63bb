package io.newsflow.model;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON codec for event bodies. Readers ignore fields they do not know, so producers can add fields
 * without breaking older consumers.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EventCodec() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T decode(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The bytes on the topic are not a readable event of the expected type. */
    public static final class MalformedEventException extends RuntimeException {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
