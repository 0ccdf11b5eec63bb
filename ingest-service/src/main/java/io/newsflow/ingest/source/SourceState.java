package io.newsflow.ingest.source;

/** Whether a source is polled on its schedule. */
public enum SourceState {
    ACTIVE, PAUSED
}
