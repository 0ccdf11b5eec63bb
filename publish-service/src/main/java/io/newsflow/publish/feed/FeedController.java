package io.newsflow.publish.feed;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Public feeds. Conditional requests with the last ETag or date get 304 without a body. */
@RestController
class FeedController {

    private static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    private final LatestFeed latest;

    FeedController(LatestFeed latest) {
        this.latest = latest;
    }

    @GetMapping(LatestFeed.PATH)
    ResponseEntity<byte[]> latest(WebRequest request) {
        RenderedFeed feed = latest.current();
        if (request.checkNotModified(feed.etag(), feed.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(JSON_FEED)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .body(feed.body());
    }
}
