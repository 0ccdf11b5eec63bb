package io.newsflow.ingest.article;

/** The article is larger than the pipeline carries; nothing was accepted, and sending it again will not help. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
