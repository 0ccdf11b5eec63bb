package io.newsflow.ingest.parse.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/** Right answers out of pages scored, per field and per reader. */
final class Tally {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    void add(String field, String reader, boolean right) {
        int[] c = counts.computeIfAbsent(field + "\u0000" + reader, k -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        }
    }

    int scored(String field, String reader) {
        int[] c = counts.get(field + "\u0000" + reader);
        return c == null ? 0 : c[1];
    }

    String cell(String field, String reader) {
        int[] c = counts.get(field + "\u0000" + reader);
        if (c == null || c[1] == 0) {
            return "—";
        }
        return String.format("%.1f %% (%d/%d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }
}
