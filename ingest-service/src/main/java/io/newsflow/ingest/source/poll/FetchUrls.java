package io.newsflow.ingest.source.poll;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which URLs a fetch may start at or be redirected to: absolute http or https with a host, and never https → http. */
final class FetchUrls {

    private FetchUrls() {
    }

    static URI parse(String url) throws MalformedURLException {
        try {
            URI uri = URI.create(url);
            if (web(uri)) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other address that is not http(s)
        }
        throw new MalformedURLException("not an http(s) URL: " + url);
    }

    /** @param location the Location header, relative to {@code from} or absolute */
    static URI redirect(URI from, String location) throws RefusedFetchException {
        URI to;
        try {
            to = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new RefusedFetchException(from + " redirects to '" + location + "', which is not a valid URL");
        }
        if (!web(to)) {
            throw new RefusedFetchException(from + " redirects to " + to + ", which is not an http(s) URL");
        }
        if (scheme(from).equals("https") && scheme(to).equals("http")) {
            throw new RefusedFetchException(from + " redirects from https down to plain http: " + to);
        }
        return to;
    }

    private static boolean web(URI uri) {
        String scheme = scheme(uri);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
