package io.newsflow.ingest.source;

/** No source is registered under the id. */
public class UnknownSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSourceException(String id) {
        super("No source with id '" + id + "'.");
    }
}
