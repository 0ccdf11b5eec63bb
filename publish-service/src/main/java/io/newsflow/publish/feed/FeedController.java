package io.newsflow.publish.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public feeds: {@code /feeds/latest}, {@code /feeds/categories/{path}}, {@code /feeds/keywords/{term}},
 * {@code /feeds/sources/{source}}, {@code /feeds/recommended/{articleId}}, each as RSS, Atom or JSON Feed. A
 * conditional request with the current ETag or a date not older than the feed gets 304 without a body.
 */
@RestController
class FeedController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final Feeds feeds;
    private final int defaultLimit;

    FeedController(Feeds feeds, io.newsflow.publish.PublishProperties properties) {
        this.feeds = feeds;
        this.defaultLimit = properties.feedSize();
    }

    @GetMapping("/feeds/{*rest}")
    ResponseEntity<byte[]> feed(@PathVariable String rest, @RequestParam Map<String, String> query,
            HttpServletRequest http) {
        FeedRequest request = FeedRequest.parse(rest, new LinkedHashMap<>(query), defaultLimit);
        RenderedFeed feed = feeds.render(request);
        String encoding = encoding(http.getHeader(HttpHeaders.ACCEPT_ENCODING), feed);
        String etag = "\"" + feed.etag() + (encoding.equals("identity") ? "" : "-" + encoding) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(feed.lastModified());
        headers.setCacheControl(CACHE);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        headers.add(HttpHeaders.LINK, "<" + feeds.hubUrl() + ">; rel=\"hub\"");
        headers.add(HttpHeaders.LINK, "<" + feeds.selfUrl(request) + ">; rel=\"self\"");
        if (notModified(http, feed)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(request.format().mediaType());
        byte[] body = switch (encoding) {
            case "br" -> feed.brotli();
            case "gzip" -> feed.gzip();
            default -> feed.body();
        };
        if (!encoding.equals("identity")) {
            headers.set(HttpHeaders.CONTENT_ENCODING, encoding);
        }
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110); any encoding's tag of the same bytes matches. */
    private static boolean notModified(HttpServletRequest http, RenderedFeed feed) {
        String ifNoneMatch = http.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String value = tag.strip().replaceFirst("^W/", "").replace("\"", "").replaceFirst("-(gzip|br)$", "");
                if (value.equals("*") || value.equals(feed.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since = http.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        return since != -1 && !feed.lastModified().isAfter(Instant.ofEpochMilli(since));
    }

    private static String encoding(String acceptEncoding, RenderedFeed feed) {
        if (acceptEncoding == null) {
            return "identity";
        }
        String accepted = acceptEncoding.toLowerCase(Locale.ROOT);
        if (accepts(accepted, "br") && feed.brotli() != null) {
            return "br";
        }
        return accepts(accepted, "gzip") ? "gzip" : "identity";
    }

    private static boolean accepts(String acceptEncoding, String coding) {
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equals(coding)) {
                return !(pieces.length > 1 && pieces[1].strip().replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }
}
