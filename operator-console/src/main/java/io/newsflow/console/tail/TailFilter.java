package io.newsflow.console.tail;

import io.newsflow.console.record.RecordView;
import java.util.List;
import java.util.Locale;

/**
 * What an operator narrows a tail to. Each given criterion must match (case-insensitive substring); a blank one
 * matches everything. The keyword criterion also looks at the title, since raw events carry no extracted keywords.
 */
record TailFilter(String key, String category, String keyword, String source) {

    TailFilter {
        key = normalize(key);
        category = normalize(category);
        keyword = normalize(keyword);
        source = normalize(source);
    }

    boolean matches(RecordView record) {
        return contains(record.key(), key)
                && anyContains(record.categories(), category)
                && (anyContains(record.keywords(), keyword) || contains(record.title(), keyword))
                && contains(record.source(), source);
    }

    private static boolean anyContains(List<String> values, String wanted) {
        return wanted.isEmpty() || values.stream().anyMatch(value -> contains(value, wanted));
    }

    private static boolean contains(String value, String wanted) {
        return wanted.isEmpty() || (value != null && value.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
