package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.Map;

/**
 * What one meta line says. labelledDate is true when the date followed a time label,
 * which is the strongest hint that it is the article's own date.
 */
record MetaLine(boolean isMeta, Map<MetaField, String> values, Instant date, boolean labelledDate) {

    static final MetaLine NONE = new MetaLine(false, Map.of(), null, false);

    boolean has(MetaField field) {
        return values.containsKey(field);
    }
}
