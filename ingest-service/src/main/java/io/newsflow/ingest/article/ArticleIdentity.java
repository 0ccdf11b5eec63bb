package io.newsflow.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: from the canonical URL when there is one, otherwise from title + source + publish time,
 * so that re-ingesting the same article yields the same id.
 */
public final class ArticleIdentity {

    private static final String[] MOBILE_OR_WWW = {"www.", "m.", "wap.", "3g.", "mobile.", "touch."};

    private ArticleIdentity() {
    }

    public static String id(String canonicalUrl, String title, String source, Instant publishedAt) {
        String basis = canonicalUrl != null && !canonicalUrl.isBlank()
                ? "url:" + canonicalUrl
                : "doc:" + normalize(title) + "\u0000" + normalize(source) + "\u0000" + publishedAt;
        return sha256(basis).substring(0, 16);
    }

    /**
     * Null unless an http(s) URL with a host. Scheme and host lower-cased, mobile and www host prefixes, default
     * ports, fragments and tracking parameters removed, remaining query parameters sorted.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                // Feeds link the canonical URL: javascript://host/%0a... would run as script in a reader.
                return null;
            }
            String host = desktopHost(uri.getHost().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** m.example.cn, wap.example.cn and www.example.cn carry the same articles as example.cn. */
    private static String desktopHost(String host) {
        for (String prefix : MOBILE_OR_WWW) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    public static String contentHash(String title, String bodyText) {
        return sha256(normalize(title) + "\n" + normalize(bodyText));
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("spm") || name.equals("from") || name.equals("fbclid")
                || name.equals("gclid");
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
