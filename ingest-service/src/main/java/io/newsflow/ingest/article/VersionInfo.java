package io.newsflow.ingest.article;

import java.time.Instant;

/** One accepted version of an article. */
public record VersionInfo(int version, String contentHash, Instant ingestedAt) {
}
