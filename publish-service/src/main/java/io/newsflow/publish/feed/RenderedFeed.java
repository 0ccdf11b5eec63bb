package io.newsflow.publish.feed;

import java.time.Instant;

/** Feed bytes with their validators, computed once per change of the cache. */
record RenderedFeed(long revision, byte[] body, String etag, Instant lastModified) {
}
