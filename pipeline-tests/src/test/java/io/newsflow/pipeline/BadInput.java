package io.newsflow.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request to ingest and what must come of it.
 *
 * @param headers request headers; a null Content-Type means none is sent
 * @param chunked send the body without a Content-Length
 * @param lines for a batch, whether each non-blank line must be accepted (true) or rejected (false)
 */
record BadInput(int index, String category, String method, String path, Map<String, String> headers, byte[] body,
        boolean chunked, Expect expect, List<Boolean> lines) {

    /** What a correct ingest answers. */
    enum Expect {
        /** 4xx with problem+json. */
        REJECTED,
        /** 202, or 200 for an exact repeat, with an id. */
        ACCEPTED,
        /** Too large for the configured limit: 413 with problem+json. */
        TOO_LARGE,
        /** Anything below 500; errors still as problem+json. */
        ANY,
        /** 200 with one NDJSON result line per input line. */
        BATCH
    }

    static Builder post(String category, String path, String contentType, byte[] body) {
        return new Builder(category, path, contentType, body);
    }

    /** Accumulates the optional parts; the index is set when the input takes its place in the run. */
    static final class Builder {

        private final String category;
        private final String path;
        private final byte[] body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String method = "POST";
        private boolean chunked;
        private List<Boolean> lines = List.of();

        private Builder(String category, String path, String contentType, byte[] body) {
            this.category = category;
            this.path = path;
            this.body = body;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder method(String value) {
            this.method = value;
            return this;
        }

        Builder chunked() {
            this.chunked = true;
            return this;
        }

        Builder lines(List<Boolean> value) {
            this.lines = List.copyOf(value);
            return this;
        }

        BadInput expect(int index, Expect expect) {
            return new BadInput(index, category, method, path, Map.copyOf(headers), body, chunked, expect, lines);
        }
    }
}
