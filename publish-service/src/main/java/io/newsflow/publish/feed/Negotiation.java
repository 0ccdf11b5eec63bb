package io.newsflow.publish.feed;

import java.util.Locale;

/**
 * Content coding and entity-tag rules of feed responses, parsed by hand: they run on every request, where
 * regular expressions would cost more than sending the pre-rendered bytes.
 */
final class Negotiation {

    private Negotiation() {
    }

    /** br when accepted and available, else gzip when accepted, else identity. */
    static String encoding(String acceptEncoding, RenderedFeed feed) {
        if (acceptEncoding == null) {
            return "identity";
        }
        String accepted = acceptEncoding.toLowerCase(Locale.ROOT);
        if (accepts(accepted, "br") && feed.brotli() != null) {
            return "br";
        }
        return accepts(accepted, "gzip") ? "gzip" : "identity";
    }

    /** The ETag of the bytes in this encoding: the body's tag, suffixed with the coding when compressed. */
    static String quotedTag(RenderedFeed feed, String encoding) {
        return "\"" + feed.etag() + (encoding.equals("identity") ? "" : "-" + encoding) + "\"";
    }

    /** True when one of the tags is {@code *} or names these bytes in any encoding, weak or strong. */
    static boolean matchesAny(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String value = bare(tag);
            if (value.equals("*") || value.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String tag) {
        String value = tag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.indexOf('"') >= 0) {
            value = value.replace("\"", "");
        }
        if (value.endsWith("-gzip")) {
            return value.substring(0, value.length() - "-gzip".length());
        }
        return value.endsWith("-br") ? value.substring(0, value.length() - "-br".length()) : value;
    }

    private static boolean accepts(String acceptEncoding, String coding) {
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces.length > 0 && pieces[0].strip().equals(coding)) {
                return !(pieces.length > 1 && zeroQuality(pieces[1].strip().replace(" ", "")));
            }
        }
        return false;
    }

    /** {@code q=0}, {@code q=0.} or {@code q=0.000}: the coding is refused. */
    private static boolean zeroQuality(String parameter) {
        if (!parameter.startsWith("q=0")) {
            return false;
        }
        if (parameter.length() == 3) {
            return true;
        }
        if (parameter.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < parameter.length(); i++) {
            if (parameter.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
