package io.newsflow.publish.stream;

import io.newsflow.publish.subscription.SubscriptionFilter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /stream/articles?category=国内新闻/上海新闻&keyword=..&source=..&lang=zh} as text/event-stream: one
 * {@code event: article} per matching article with {@code id:} a cursor and {@code data:} the JSON
 * {@code {"type", "timestamp", "data": <ArticleEnriched>}}. Reconnecting with {@code Last-Event-ID} (or
 * {@code ?lastEventId=}) replays from the feed cache what came after it.
 */
@RestController
class StreamController {

    private static final long MAX_OPEN_MILLIS = 30 * 60 * 1000L;

    private final ArticleStream stream;

    StreamController(ArticleStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/stream/articles", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter articles(@RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> keyword, @RequestParam(required = false) List<String> source,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParameter) {
        SubscriptionFilter filter = new SubscriptionFilter(category, keyword, source, lang);
        String cursor = lastEventId != null ? lastEventId : lastEventIdParameter;
        return stream.open(filter, StreamCursor.parse(cursor), MAX_OPEN_MILLIS);
    }
}
