package io.newsflow.publish.html;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Article HTML reduced to jsoup's basic safelist (text markup and links, no scripts, styles or event handlers).
 * The same body goes out many times (every feed render that lists it, every subscriber's push, every WebSub
 * distribution), so results are kept by the input itself in a cache bounded by size: a body is cleaned once
 * while it is current, and the answer is the same as cleaning it again.
 */
public final class SafeHtml {

    /** About 16 MB of UTF-16 text, inputs and results together: the bodies of the last few thousand articles. */
    private static final long MAX_CHARS = 8L << 20;

    private static final Cache<String, String> CLEANED = Caffeine.newBuilder().maximumWeight(MAX_CHARS)
            .weigher((String html, String clean) -> html.length() + clean.length()).build();

    private SafeHtml() {
    }

    /** The HTML with everything outside the basic safelist removed; empty for null. */
    public static String basic(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return CLEANED.get(html, SafeHtml::clean);
    }

    private static String clean(String html) {
        return Jsoup.clean(html, Safelist.basic());
    }
}
