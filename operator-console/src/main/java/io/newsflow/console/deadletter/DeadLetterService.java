package io.newsflow.console.deadletter;

import io.newsflow.console.deadletter.ResolvedDeadLetters.Resolution;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Lists open dead letters and resolves them. A replay is recorded only after Kafka acknowledged it, so a failed
 * replay stays listed; replaying twice by accident is harmless because consumers are idempotent.
 */
@Service
class DeadLetterService {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterService.class);

    private final DeadLetterTopics topics;
    private final ResolvedDeadLetters resolved;

    DeadLetterService(DeadLetterTopics topics, ResolvedDeadLetters resolved) {
        this.topics = topics;
        this.resolved = resolved;
    }

    List<DeadLetter> open() {
        List<DeadLetter> recent = topics.recent();
        Set<String> done = resolved.resolved(recent.stream().map(DeadLetter::id).toList());
        return recent.stream().filter(deadLetter -> !done.contains(deadLetter.id())).toList();
    }

    DeadLetter replay(String topic, int partition, long offset) {
        DeadLetter deadLetter = openOne(topic, partition, offset);
        replay(deadLetter);
        return deadLetter;
    }

    int replayAll() {
        List<DeadLetter> open = open();
        open.forEach(this::replay);
        return open.size();
    }

    DeadLetter discard(String topic, int partition, long offset) {
        DeadLetter deadLetter = openOne(topic, partition, offset);
        resolved.record(deadLetter, Resolution.DISCARDED);
        log.info("discarded dead letter {}", deadLetter.id());
        return deadLetter;
    }

    private void replay(DeadLetter deadLetter) {
        topics.replay(deadLetter);
        resolved.record(deadLetter, Resolution.REPLAYED);
        log.info("replayed dead letter {} to {}", deadLetter.id(), deadLetter.sourceTopic());
    }

    private DeadLetter openOne(String topic, int partition, long offset) {
        DeadLetter deadLetter = topics.find(topic, partition, offset)
                .orElseThrow(() -> new UnknownDeadLetterException(topic + "/" + partition + "/" + offset));
        if (!resolved.resolved(List.of(deadLetter.id())).isEmpty()) {
            throw new UnknownDeadLetterException(deadLetter.id());
        }
        return deadLetter;
    }
}
