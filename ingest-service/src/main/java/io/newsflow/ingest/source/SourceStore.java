package io.newsflow.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registrations and their status, addressed by id. */
public interface SourceStore {

    /** @return false when a source with this id already exists (nothing is changed then) */
    boolean insert(Source source);

    Optional<Source> find(String id);

    List<Source> findAll();

    /** @return false when there is no such source */
    boolean setState(String id, SourceState state);

    /** Adds the report's counts; a poll that ends after the source was deleted changes nothing. */
    void recordPoll(String id, Instant polledAt, PollReport report);

    void recordFailure(String id, Instant polledAt, String error);

    /** @return false when there was no such source */
    boolean delete(String id);

    /**
     * Claims the source's scheduled poll for {@code owner} until {@code until}: true when no other owner holds an
     * unexpired claim (the owner's own claim is renewed). With several ingest instances each schedules every
     * source and only the holder polls, so a source is polled once per interval however many instances run, and by
     * another instance once the holder is gone and its claim ran out.
     */
    boolean claimPoll(String id, String owner, Instant now, Instant until);
}
