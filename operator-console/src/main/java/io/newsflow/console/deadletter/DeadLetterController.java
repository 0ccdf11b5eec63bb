package io.newsflow.console.deadletter;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dead-letter API under {@code /console/api/dead-letters}. */
@RestController
class DeadLetterController {

    private static final String ONE = "/console/api/dead-letters/{topic}/{partition}/{offset}";

    private final DeadLetterService service;

    DeadLetterController(DeadLetterService service) {
        this.service = service;
    }

    @GetMapping("/console/api/dead-letters")
    List<DeadLetter.Summary> list() {
        return service.open().stream().map(DeadLetter::summary).toList();
    }

    @PostMapping(ONE + "/replay")
    DeadLetter.Summary replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return service.replay(topic, partition, offset).summary();
    }

    @PostMapping(ONE + "/discard")
    DeadLetter.Summary discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return service.discard(topic, partition, offset).summary();
    }

    @PostMapping("/console/api/dead-letters/replay-all")
    Map<String, Integer> replayAll() {
        return Map.of("replayed", service.replayAll());
    }
}
