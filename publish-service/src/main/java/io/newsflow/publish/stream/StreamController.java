package io.newsflow.publish.stream;

import io.newsflow.publish.subscription.SubscriptionFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * {@code ?lastEventId=}) replays what came after it, however old (from the read model), then goes on live.
 */
@Tag(name = "Stream", description = "Server-sent events of new articles.")
@RestController
class StreamController {

    private static final long MAX_OPEN_MILLIS = 30 * 60 * 1000L;

    private final ArticleStream stream;

    StreamController(ArticleStream stream) {
        this.stream = stream;
    }

    @Operation(summary = "Follow new articles as server-sent events", description = "One 'event: article' per "
            + "matching article, 'id:' a cursor, 'data:' {\"type\", \"timestamp\", \"data\": <article>}; comment "
            + "lines keep an idle stream open. Reconnect with Last-Event-ID to get what came after it first. A "
            + "stream stays open up to 30 minutes.")
    @ApiResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE))
    @GetMapping(path = "/stream/articles", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter articles(
            @Parameter(description = "Category paths or topic codes (repeatable).") @RequestParam(required = false)
            List<String> category,
            @Parameter(description = "Keywords (repeatable).") @RequestParam(required = false) List<String> keyword,
            @Parameter(description = "Sources (repeatable).") @RequestParam(required = false) List<String> source,
            @Parameter(description = "Primary language tag, e.g. zh.") @RequestParam(required = false) String lang,
            @Parameter(description = "The id of the last event received: what came after it is sent first.")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @Parameter(description = "The same as Last-Event-ID, for clients that cannot set headers.")
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParameter) {
        SubscriptionFilter filter = new SubscriptionFilter(category, keyword, source, lang);
        String cursor = lastEventId != null ? lastEventId : lastEventIdParameter;
        return stream.open(filter, StreamCursor.parse(cursor), MAX_OPEN_MILLIS);
    }
}
