package io.newsflow.console.deadletter;

import java.util.Collection;
import java.util.Set;

/** Port to the record of dead letters an operator has already replayed or discarded. */
public interface ResolvedDeadLetters {

    /** Which of these dead-letter ids are resolved. */
    Set<String> resolved(Collection<String> ids);

    void record(DeadLetter deadLetter, Resolution resolution);

    /** What an operator did with a dead letter. */
    enum Resolution {
        REPLAYED, DISCARDED
    }
}
