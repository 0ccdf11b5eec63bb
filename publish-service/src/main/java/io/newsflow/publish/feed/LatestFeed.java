package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/** 最近更新: the newest articles as JSON Feed, re-rendered only when the cache changed. */
@Component
class LatestFeed {

    static final String PATH = "/feeds/latest.json";
    static final String TITLE = "最近更新";

    private final FeedCache cache;
    private final JsonFeedRenderer renderer;
    private final int size;
    private volatile RenderedFeed rendered;

    LatestFeed(FeedCache cache, JsonFeedRenderer renderer, PublishProperties properties) {
        this.cache = cache;
        this.renderer = renderer;
        this.size = properties.feedSize();
    }

    RenderedFeed current() {
        FeedCache.Snapshot snapshot = cache.snapshot(size);
        RenderedFeed feed = rendered;
        if (feed == null || feed.revision() != snapshot.revision()) {
            feed = render(snapshot);
            rendered = feed;
        }
        return feed;
    }

    private RenderedFeed render(FeedCache.Snapshot snapshot) {
        byte[] body = renderer.render(TITLE, PATH, snapshot.items());
        return new RenderedFeed(snapshot.revision(), body, "\"" + sha256(body).substring(0, 32) + "\"",
                lastModified(snapshot.items()));
    }

    private static Instant lastModified(List<ArticleEnriched> items) {
        return items.stream().map(ArticleEnriched::enrichedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
