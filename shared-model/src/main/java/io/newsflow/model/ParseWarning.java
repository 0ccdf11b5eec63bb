package io.newsflow.model;

/**
 * A field the page reader could not find, so it stayed empty rather than being guessed.
 *
 * @param field the article field: publishedAt, source, author, editor or breadcrumb (more may follow)
 * @param message what was looked for, in words an operator can act on
 */
public record ParseWarning(String field, String message) {

    public ParseWarning {
        // Lenient on read: an event with a half-written warning is still an article worth enriching.
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }
}
