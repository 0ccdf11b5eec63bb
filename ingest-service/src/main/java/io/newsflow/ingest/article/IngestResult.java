package io.newsflow.ingest.article;

/** What became of a submission: a new article or version, or a repeat of what is already stored. */
public record IngestResult(String id, int version, Status status) {

    /** Outcome of one submission. */
    public enum Status {
        ACCEPTED, DUPLICATE
    }
}
