package io.newsflow.ingest.article;

/**
 * What became of a submission: a new article or version, a repeat of what is stored, too large to publish, or
 * (in a batch) not accepted because Kafka did not acknowledge it.
 */
public record IngestResult(String id, int version, Status status, String reason) {

    public IngestResult(String id, int version, Status status) {
        this(id, version, status, null);
    }

    /** Outcome of one submission. */
    public enum Status {
        ACCEPTED, DUPLICATE, TOO_LARGE, UNAVAILABLE
    }
}
