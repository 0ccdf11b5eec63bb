package io.newsflow.ingest.source;

import java.time.Instant;

/** A source as the admin API shows it: durations and instants as ISO-8601 text, type in lower case. */
record SourceView(String id, String type, String location, String name, String pollInterval, String state,
        String lastPollAt, String lastSuccessAt, long itemsSeen, long itemsIngested, String lastError) {

    static SourceView of(Source source) {
        return new SourceView(source.id(), source.type().json(), source.location(), source.name(),
                source.pollInterval().toString(), source.state().name(), text(source.lastPollAt()),
                text(source.lastSuccessAt()), source.itemsSeen(), source.itemsIngested(), source.lastError());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
