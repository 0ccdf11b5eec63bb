package io.newsflow.ingest.source;

import java.util.List;

/**
 * What one poll found.
 *
 * @param itemsSeen new or changed entries found
 * @param itemsIngested those that became a new article or version
 * @param errors one line per entry that could not be ingested; empty when every entry went through
 */
public record PollReport(int itemsSeen, int itemsIngested, List<String> errors) {

    public PollReport {
        errors = List.copyOf(errors);
    }

    /** One line for the source's lastError; null when the poll was clean. */
    public String errorSummary() {
        if (errors.isEmpty()) {
            return null;
        }
        return errors.size() == 1 ? errors.get(0)
                : errors.size() + " entries were not ingested; first: " + errors.get(0);
    }
}
