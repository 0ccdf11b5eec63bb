package io.newsflow.ingest.source;

/** The outcome of a registration: created=false when the same type and location were already registered. */
public record Registration(Source source, boolean created) {
}
