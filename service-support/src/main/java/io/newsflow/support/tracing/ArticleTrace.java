package io.newsflow.support.tracing;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * One trace id from ingest to delivery. Kafka records carry it as a W3C {@code traceparent} header, written and
 * continued by the services' Kafka observations. Work that happens later, outside any observation (a webhook
 * attempt minutes after the article was published), keeps the value and continues the trace with {@link #enter}.
 */
public final class ArticleTrace {

    public static final String HEADER = "traceparent";
    static final String MDC_TRACE_ID = "traceId";
    static final String MDC_SPAN_ID = "spanId";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private ArticleTrace() {
    }

    /** The value when it is a valid version-00 {@code traceparent} (not the all-zero trace or span). */
    public static Optional<String> valid(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher m = TRACEPARENT.matcher(traceparent.strip());
        return m.matches() && !m.group(1).equals("0".repeat(32)) && !m.group(2).equals("0".repeat(16))
                ? Optional.of(m.group()) : Optional.empty();
    }

    /** A {@code traceparent} from a tracer's ids (a 64-bit trace id is padded to 128 bits, as W3C says). */
    public static Optional<String> format(String traceId, String spanId, boolean sampled) {
        if (traceId == null || spanId == null || traceId.length() > 32 || spanId.length() > 16) {
            return Optional.empty();
        }
        return valid("00-" + "0".repeat(32 - traceId.length()) + traceId + "-" + "0".repeat(16 - spanId.length())
                + spanId + "-" + (sampled ? "01" : "00"));
    }

    /**
     * Continues a trace on this thread until the scope closes: a new span id under its trace id, in the logging
     * context. Returns the child's {@code traceparent} (for the request made in the span) through
     * {@link Scope#traceparent()}; without a valid parent nothing changes and that is empty.
     */
    public static Scope enter(String traceparent) {
        Optional<String> parent = valid(traceparent);
        if (parent.isEmpty()) {
            return new Scope(null, null, null);
        }
        String span = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong() | 1L);
        String traceId = parent.get().substring(3, 35);
        String child = "00-" + traceId + "-" + span + "-" + parent.get().substring(53);
        Scope scope = new Scope(child, MDC.get(MDC_TRACE_ID), MDC.get(MDC_SPAN_ID));
        MDC.put(MDC_TRACE_ID, traceId);
        MDC.put(MDC_SPAN_ID, span);
        return scope;
    }

    /** The span of {@link #enter}; closing it restores the logging context it replaced. */
    public static final class Scope implements AutoCloseable {

        private final String traceparent;
        private final String previousTrace;
        private final String previousSpan;

        private Scope(String traceparent, String previousTrace, String previousSpan) {
            this.traceparent = traceparent;
            this.previousTrace = previousTrace;
            this.previousSpan = previousSpan;
        }

        public Optional<String> traceparent() {
            return Optional.ofNullable(traceparent);
        }

        @Override
        public void close() {
            if (traceparent != null) {
                restore(MDC_TRACE_ID, previousTrace);
                restore(MDC_SPAN_ID, previousSpan);
            }
        }

        private static void restore(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
