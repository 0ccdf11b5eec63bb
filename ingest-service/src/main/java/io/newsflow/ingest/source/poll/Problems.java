package io.newsflow.ingest.source.poll;

/** Error text for an operator: some I/O exceptions carry no message, and then only their type says what happened. */
final class Problems {

    private Problems() {
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
