package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.Map;

/**
 * What one meta line says. labelledDate is true when the date followed a time label (or carried a trailing
 * 发布), which is the strongest hint that it is the article's own date; found is null when there is no date.
 */
record MetaLine(boolean isMeta, Map<MetaField, String> values, DateParser.Found found, boolean labelledDate) {

    static final MetaLine NONE = new MetaLine(false, Map.of(), null, false);

    boolean has(MetaField field) {
        return values.containsKey(field);
    }

    Instant date() {
        return found == null ? null : found.instant();
    }

    String value(MetaField field) {
        return values.getOrDefault(field, "");
    }
}
