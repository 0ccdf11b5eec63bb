package io.newsflow.publish.feed;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The three feed formats, chosen by extension or by {@code ?format=}. */
enum FeedFormat {
    RSS("rss", "application/rss+xml;charset=UTF-8"),
    ATOM("atom", "application/atom+xml;charset=UTF-8"),
    JSON("json", "application/feed+json;charset=UTF-8");

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

    /** rss, xml, atom or json; null when the name has none of these extensions. */
    static FeedFormat fromExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "rss", "xml" -> RSS;
            case "atom" -> ATOM;
            case "json" -> JSON;
            default -> null;
        };
    }

    static FeedFormat fromParameter(String value) {
        FeedFormat format = fromExtension(value);
        if (format == null) {
            throw new BadFeedRequestException("Unknown format '" + value + "': use rss, atom or json.");
        }
        return format;
    }
}
