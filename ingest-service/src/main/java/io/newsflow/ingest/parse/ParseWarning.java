package io.newsflow.ingest.parse;

import java.util.Objects;

/**
 * A field the reader could not find on the page. The field stays empty rather than being guessed from
 * page chrome; the warning travels with the article so operators see what a source's pages lack.
 *
 * @param field   the article field: publishedAt, source, author, editor or breadcrumb
 * @param message what was looked for, in words an operator can act on
 */
public record ParseWarning(String field, String message) {

    public ParseWarning {
        Objects.requireNonNull(field, "field");
        message = Objects.requireNonNullElse(message, "");
    }
}
