package io.newsflow.console.deadletter;

import java.util.List;
import java.util.Optional;

/** Port to the dead-letter topics: read recent dead letters, and produce one back to its source topic. */
public interface DeadLetterTopics {

    /** The most recent dead letters of every DLT topic, newest first. */
    List<DeadLetter> recent();

    Optional<DeadLetter> find(String topic, int partition, long offset);

    /** Produces the dead letter's key, value and non-DLT headers to its source topic; returns after the ack. */
    void replay(DeadLetter deadLetter);
}
