package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.PollReport;
import java.util.ArrayList;
import java.util.List;

/** Counts and errors of one poll while it runs. Entries that must be retried keep the listing from being marked seen. */
final class PollTally {

    private static final int MAX_ERRORS = 20;

    private final List<String> errors = new ArrayList<>();
    private int seen;
    private int ingested;
    private boolean retryLater;
    private boolean aborted;

    void seen() {
        seen++;
    }

    void ingested() {
        ingested++;
    }

    /** The entry will fail the same way next time; it is marked seen. */
    void failed(String error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        }
    }

    /** The entry may work next time; it is not marked seen, nor is the listing. */
    void retryLater(String error) {
        failed(error);
        retryLater = true;
    }

    /** Nothing else can work in this poll (Kafka is down); the rest is left for the next one. */
    void abort(String error) {
        retryLater(error);
        aborted = true;
    }

    boolean aborted() {
        return aborted;
    }

    boolean everythingHandled() {
        return !retryLater;
    }

    PollReport report() {
        return new PollReport(seen, ingested, errors);
    }
}
