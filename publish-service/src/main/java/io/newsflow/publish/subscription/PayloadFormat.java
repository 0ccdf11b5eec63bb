package io.newsflow.publish.subscription;

import java.util.Locale;

/** What a webhook body looks like. */
public enum PayloadFormat {
    /** {@code {"type": "article.published", "timestamp": ..., "data": <ArticleEnriched>}}. */
    ARTICLE("article", "application/json"),
    /** One JSON Feed 1.1 item. */
    JSONFEED_ITEM("jsonfeed-item", "application/json"),
    /** One Atom {@code <entry>} document. */
    ATOM_ENTRY("atom-entry", "application/atom+xml"),
    /** One IPTC NINJS 3.1 news item, as the NINJS feed carries it. */
    NINJS("ninjs", "application/json");

    private final String wire;
    private final String contentType;

    PayloadFormat(String wire, String contentType) {
        this.wire = wire;
        this.contentType = contentType;
    }

    public String wire() {
        return wire;
    }

    public String contentType() {
        return contentType;
    }

    public static PayloadFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return ARTICLE;
        }
        for (PayloadFormat format : values()) {
            if (format.wire.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new BadSubscriptionException("Unknown format '" + value + "': use article, jsonfeed-item, atom-entry or ninjs.");
    }
}
