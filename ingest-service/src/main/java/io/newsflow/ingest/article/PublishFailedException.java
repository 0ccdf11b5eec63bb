package io.newsflow.ingest.article;

/** Kafka did not acknowledge an article: the client must retry, nothing was accepted. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
