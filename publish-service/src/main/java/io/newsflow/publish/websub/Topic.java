package io.newsflow.publish.websub;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.subscription.SubscriptionFilter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A feed URL of this service that can be subscribed to at the hub: {@code {base}/feeds/latest},
 * {@code /feeds/categories/{path}}, {@code /feeds/keywords/{term}} or {@code /feeds/sources/{source}}, with
 * {@code .rss}, {@code .xml}, {@code .atom}, {@code .json} or {@code .ninjs} (RSS without one, as the feeds answer).
 */
record Topic(String url, String format, SubscriptionFilter filter) {

    static Topic parse(String url, String publicBaseUrl) {
        String prefix = publicBaseUrl + "/feeds/";
        if (url == null || !url.startsWith(prefix)) {
            throw new BadHubRequestException("hub.topic must be one of this service's feeds: " + prefix + "...");
        }
        if (url.contains("?") || url.contains("#")) {
            throw new BadHubRequestException("hub.topic must be a feed URL without query parameters.");
        }
        String path = URLDecoder.decode(url.substring(prefix.length()), StandardCharsets.UTF_8);
        String format = "rss";
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            format = switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
                case "rss", "xml" -> "rss";
                case "atom" -> "atom";
                case "json" -> "json";
                case "ninjs" -> "ninjs";
                default -> throw new BadHubRequestException("hub.topic must end in .rss, .xml, .atom, .json or .ninjs.");
            };
            path = path.substring(0, dot);
        }
        int slash = path.indexOf('/');
        String kind = slash < 0 ? path : path.substring(0, slash);
        String value = slash < 0 ? "" : path.substring(slash + 1).replaceAll("/+$", "");
        List<String> one = List.of(value);
        SubscriptionFilter filter = switch (kind) {
            case "latest" -> value.isEmpty() ? SubscriptionFilter.ALL : null;
            case "categories" -> value.isEmpty() ? null : new SubscriptionFilter(one, null, null, null);
            case "keywords" -> value.isEmpty() ? null : new SubscriptionFilter(null, one, null, null);
            case "sources" -> value.isEmpty() ? null : new SubscriptionFilter(null, null, one, null);
            default -> null;
        };
        if (filter == null) {
            throw new BadHubRequestException("hub.topic must be /feeds/latest, /feeds/categories/{path}, "
                    + "/feeds/keywords/{term} or /feeds/sources/{source} with an optional format extension.");
        }
        return new Topic(url, format, filter);
    }

    boolean matches(ArticleEnriched article) {
        return filter.matches(article);
    }

    /** As the feed itself is served: WebSub §7 wants the distribution's Content-Type to be the topic's. */
    String contentType() {
        return switch (format) {
            case "atom" -> "application/atom+xml;charset=UTF-8";
            case "json" -> "application/feed+json;charset=UTF-8";
            case "ninjs" -> "application/json;charset=UTF-8";
            default -> "application/rss+xml;charset=UTF-8";
        };
    }
}
