package io.newsflow.publish.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON object whose members are written in the order given. {@code Map.of} iterates in an order that
 * changes from one JVM start to the next, so two instances would serve the same feed with different bytes (and
 * different ETags); rendered documents build their objects here instead.
 */
public final class JsonObject {

    private JsonObject() {
    }

    /** @param namesAndValues name, value, name, value, ... (names are strings) */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(object);
    }
}
