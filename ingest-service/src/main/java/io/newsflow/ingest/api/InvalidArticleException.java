package io.newsflow.ingest.api;

/** The request was understood but cannot become an article (422). */
class InvalidArticleException extends RuntimeException {

    InvalidArticleException(String message) {
        super(message);
    }
}
