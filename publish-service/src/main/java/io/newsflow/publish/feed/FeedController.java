package io.newsflow.publish.feed;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public feeds: {@code /feeds/latest}, {@code /feeds/categories/{path}}, {@code /feeds/keywords/{term}},
 * {@code /feeds/sources/{source}}, {@code /feeds/recommended/{articleId}}, each as RSS, Atom, JSON Feed or NINJS. A
 * conditional request with the current ETag or a date not older than the feed gets 304 without a body. The first
 * request for a feed URL comes here; later ones are answered by {@link PreRenderedFeedFilter} with the same bytes
 * and headers.
 */
@Hidden // documented path by path by FeedApiDocs
@RestController
class FeedController {

    private final Feeds feeds;
    private final PreRenderedFeeds preRendered;
    private final FeedResponses responses;
    private final int defaultLimit;

    FeedController(Feeds feeds, PreRenderedFeeds preRendered, FeedResponses responses,
            io.newsflow.publish.PublishProperties properties) {
        this.feeds = feeds;
        this.preRendered = preRendered;
        this.responses = responses;
        this.defaultLimit = properties.feedSize();
    }

    @GetMapping("/feeds/{*rest}")
    void feed(@PathVariable String rest, @RequestParam Map<String, String> query, HttpServletRequest http,
            HttpServletResponse response) throws IOException {
        FeedRequest request = FeedRequest.parse(rest, new LinkedHashMap<>(query), defaultLimit);
        RenderedFeed feed = feeds.render(request);
        preRendered.remember(http, request, feed);
        responses.write(feed, false, http, response);
    }
}
