package io.newsflow.ingest.source;

/** The source's listing (feed, sitemap, folder) could not be read at all; nothing was ingested. */
public class PollFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PollFailedException(String message) {
        super(message);
    }

    public PollFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
