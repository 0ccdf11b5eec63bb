package io.newsflow.console.tail;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /console/api/tail}: the recent and then live records of all watched topics, filtered server side. */
@RestController
class TailController {

    private final TailHub hub;

    TailController(TailHub hub) {
        this.hub = hub;
    }

    @GetMapping(path = "/console/api/tail", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter tail(@RequestParam(required = false) String key, @RequestParam(required = false) String category,
            @RequestParam(required = false) String keyword, @RequestParam(required = false) String source) {
        return hub.subscribe(new TailFilter(key, category, keyword, source));
    }
}
