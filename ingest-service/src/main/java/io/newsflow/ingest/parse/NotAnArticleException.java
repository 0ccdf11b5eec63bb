package io.newsflow.ingest.parse;

/** Thrown when a page has no recognisable article; the message says what was missing. */
public class NotAnArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotAnArticleException(String reason) {
        super(reason);
    }
}
