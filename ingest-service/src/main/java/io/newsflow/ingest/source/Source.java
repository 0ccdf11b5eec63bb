package io.newsflow.ingest.source;

import java.time.Duration;
import java.time.Instant;

/**
 * A registered source with its polling status.
 *
 * @param itemsSeen new or changed entries found over all polls
 * @param itemsIngested entries that became a new article or a new version (repeats are not counted)
 * @param lastError why the last poll failed or which entries it could not ingest; null after a clean poll
 */
public record Source(String id, SourceType type, String location, String name, Duration pollInterval,
        SourceState state, Instant lastPollAt, Instant lastSuccessAt, long itemsSeen, long itemsIngested,
        String lastError) {

    public boolean active() {
        return state == SourceState.ACTIVE;
    }
}
