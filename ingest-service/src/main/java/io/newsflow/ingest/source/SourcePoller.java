package io.newsflow.ingest.source;

/** Reads one kind of source and ingests what is new since the previous poll. */
public interface SourcePoller {

    SourceType type();

    /** @throws PollFailedException when the listing itself cannot be read; entry failures go into the report */
    PollReport poll(Source source) throws PollFailedException;
}
