package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Rendered feeds, one per distinct request, re-rendered only when the cache's revision moved. The rendered set
 * is bounded (least recently used out), so arbitrary query strings cannot fill memory.
 */
@Component
class Feeds {

    private static final int MAX_RENDERED = 512;

    private final FeedCache cache;
    private final FeedSelection selection;
    private final JsonFeedRenderer json;
    private final RomeFeedRenderer rome;
    private final NinjsFeedRenderer ninjs;
    private final Traditional traditional;
    private final PublishProperties properties;
    private final FeedFiles files;
    private final Map<String, RenderedFeed> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RenderedFeed> eldest) {
            if (size() > MAX_RENDERED) {
                eldest.getValue().retire(files);
                return true;
            }
            return false;
        }
    };

    Feeds(FeedCache cache, FeedSelection selection, JsonFeedRenderer json, RomeFeedRenderer rome,
            NinjsFeedRenderer ninjs, Traditional traditional, PublishProperties properties, FeedFiles files) {
        this.cache = cache;
        this.selection = selection;
        this.json = json;
        this.rome = rome;
        this.ninjs = ninjs;
        this.traditional = traditional;
        this.properties = properties;
        this.files = files;
    }

    RenderedFeed render(FeedRequest request) {
        String key = request.cacheKey();
        long revision = cache.revision();
        RenderedFeed feed;
        synchronized (rendered) {
            feed = rendered.get(key);
        }
        if (feed != null && feed.revision() == revision) {
            return feed;
        }
        FeedCache.Snapshot snapshot = cache.snapshot();
        FeedSelection.Page page = selection.select(request, snapshot.items());
        FeedView view = view(request, page);
        byte[] body = switch (request.format()) {
            case JSON -> json.render(view);
            case NINJS -> ninjs.render(view);
            case RSS, ATOM -> rome.render(view, request.format());
        };
        feed = new RenderedFeed(snapshot.revision(), body, sha256(body).substring(0, 32), lastModified(page.items()),
                request.format(), links(request));
        RenderedFeed replaced;
        synchronized (rendered) {
            replaced = rendered.put(key, feed);
        }
        if (replaced != null) {
            replaced.retire(files);
        }
        return feed;
    }

    private List<String> links(FeedRequest request) {
        return List.of("<" + hubUrl() + ">; rel=\"hub\"", "<" + linkTarget(request) + ">; rel=\"self\"");
    }

    String hubUrl() {
        return properties.hubUrl();
    }

    String selfUrl(FeedRequest request) {
        return properties.publicBaseUrl() + request.selfPath();
    }

    /** Header values are ASCII: a category or keyword path in Chinese is percent-encoded there (RFC 8288). */
    private String linkTarget(FeedRequest request) {
        return properties.publicBaseUrl() + UriUtils.encodePath(request.selfPath(), StandardCharsets.UTF_8);
    }

    private FeedView view(FeedRequest request, FeedSelection.Page page) {
        String base = properties.publicBaseUrl();
        List<FeedEntry> entries = page.items().stream()
                .map(a -> FeedEntry.of(a, base, request.traditional() ? traditional : null, request.brief())).toList();
        String title = request.kind().title(request.value());
        String next = page.more() ? nextUrl(request, page.next()) : null;
        return new FeedView(request.traditional() ? traditional.convert(title) : title, base + "/", selfUrl(request),
                properties.hubUrl(), next, request.traditional() ? "zh-Hant" : "zh-Hans", lastModified(page.items()), entries);
    }

    /** The next page keeps the filters, language and mode of this one, so paging a filtered feed stays in it. */
    private String nextUrl(FeedRequest request, Cursor last) {
        StringBuilder url = new StringBuilder(selfUrl(request)).append('?');
        request.carried().forEach((name, value) -> url.append(name).append('=')
                .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)).append('&'));
        return url.append("after=").append(UriUtils.encodeQueryParam(last.encode(), StandardCharsets.UTF_8))
                .append("&limit=").append(request.limit()).toString();
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
