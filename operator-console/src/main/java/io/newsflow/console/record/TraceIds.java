package io.newsflow.console.record;

import java.util.Map;

/** The trace or correlation id of a record: W3C {@code traceparent} first, else {@code newsflow-trace-id}. */
final class TraceIds {

    static final String TRACEPARENT = "traceparent";
    static final String NEWSFLOW = "newsflow-trace-id";

    private TraceIds() {
    }

    static String of(Map<String, String> headers) {
        String traceparent = headers.get(TRACEPARENT);
        if (traceparent != null) {
            // version-traceid-parentid-flags: the trace id is what ties the hops together
            String[] parts = traceparent.strip().split("-");
            return parts.length == 4 && parts[1].length() == 32 ? parts[1] : traceparent.strip();
        }
        String own = headers.get(NEWSFLOW);
        return own == null || own.isBlank() ? null : own.strip();
    }
}
