package io.newsflow.publish.feed;

import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * The feed formats, chosen by extension or by {@code ?format=}. NINJS has no registered media type of its own: it
 * is served as JSON, the item's {@code standard} naming the NINJS version and schema.
 */
enum FeedFormat {
    RSS("rss", "application/rss+xml;charset=UTF-8"),
    ATOM("atom", "application/atom+xml;charset=UTF-8"),
    JSON("json", "application/feed+json;charset=UTF-8"),
    NINJS("ninjs", "application/json;charset=UTF-8");

    private final String extension;
    private final MediaType mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** rss, xml, atom, json or ninjs; null when the name has none of these extensions. */
    static FeedFormat fromExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "rss", "xml" -> RSS;
            case "atom" -> ATOM;
            case "json" -> JSON;
            case "ninjs" -> NINJS;
            default -> null;
        };
    }

    static FeedFormat fromParameter(String value) {
        FeedFormat format = fromExtension(value);
        if (format == null) {
            throw new BadFeedRequestException("Unknown format '" + value + "': use rss, atom, json or ninjs.");
        }
        return format;
    }
}
