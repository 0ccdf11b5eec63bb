package io.newsflow.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class ArticleTraceTest {

    private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aTraceContinuesUnderANewSpanAndTheLoggingContextIsRestoredAfterwards() {
        MDC.put("traceId", "worker-trace");
        try (ArticleTrace.Scope scope = ArticleTrace.enter(PARENT)) {
            assertThat(MDC.get("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(MDC.get("spanId")).hasSize(16).isNotEqualTo("00f067aa0ba902b7");
            assertThat(scope.traceparent()).contains("00-4bf92f3577b34da6a3ce929d0e0e4736-" + MDC.get("spanId") + "-01");
        } finally {
            assertThat(MDC.get("traceId")).isEqualTo("worker-trace");
            assertThat(MDC.get("spanId")).isNull();
            MDC.clear();
        }
    }

    @Test
    void tracerIdsBecomeATraceparent() {
        assertThat(ArticleTrace.format("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true)).contains(PARENT);
        assertThat(ArticleTrace.format("a3ce929d0e0e4736", "f067aa0ba902b7", false))
                .contains("00-0000000000000000a3ce929d0e0e4736-00f067aa0ba902b7-00");
        assertThat(ArticleTrace.format(null, "00f067aa0ba902b7", true)).isEmpty();
    }

    @Test
    void invalidOrMissingContextsChangeNothing() {
        assertThat(ArticleTrace.valid("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(ArticleTrace.valid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(ArticleTrace.valid("zz-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        try (ArticleTrace.Scope scope = ArticleTrace.enter(null)) {
            assertThat(scope.traceparent()).isEmpty();
            assertThat(MDC.get("traceId")).isNull();
        }
    }
}
