package io.newsflow.publish.web;

import org.jsoup.nodes.Entities;

/** Escaping for text and attribute values placed into HTML by hand. */
final class Html {

    private Html() {
    }

    static String text(String value) {
        return value == null ? "" : Entities.escape(value);
    }

    /** Escapes quotes too, for attribute values. */
    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String url(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
