package io.newsflow.ingest.source;

/** Body of {@code POST /admin/sources}; pollInterval is an ISO-8601 duration such as {@code PT5M}. */
record SourceRequest(String type, String location, String name, String pollInterval) {
}
