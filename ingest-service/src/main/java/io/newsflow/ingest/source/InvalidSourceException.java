package io.newsflow.ingest.source;

/** A registration that cannot be polled as given; the message tells the operator what to change. */
public class InvalidSourceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSourceException(String message) {
        super(message);
    }
}
