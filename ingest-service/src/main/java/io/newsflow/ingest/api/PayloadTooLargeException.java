package io.newsflow.ingest.api;

/** The request body exceeds the configured limit (413). */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.");
    }
}
