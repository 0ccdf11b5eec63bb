package io.newsflow.publish.feed;

import io.newsflow.support.json.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A feed as a partner asks for it: which articles ({@code kind} and {@code value}), in which format, and how
 * ({@code limit}, filters, {@code lang}, {@code mode}, cursor {@code after}). Its {@link #cacheKey()} names the
 * rendered bytes.
 */
record FeedRequest(FeedKind kind, String value, FeedFormat format, int limit, ItemFilter filter, boolean traditional,
        boolean brief, Cursor after, Map<String, String> carried) {

    static final int MAX_LIMIT = 200;

    /** Parameters a feed takes besides the filters ({@code filter}, {@code filterout}, {@code filter_<field>} …). */
    static final List<String> PARAMETERS = List.of("format", "limit", "after", "lang", "mode", "key");

    /** The filter parameters: RE2 expressions on all fields or on one. */
    static final List<String> FILTERS = List.of("filter", "filterout", "filter_title", "filter_summary",
            "filter_category", "filter_keyword", "filterout_title", "filterout_summary", "filterout_category",
            "filterout_keyword");

    /** What the next page's link repeats of this request: everything that selects or shapes the items. */
    private static final Set<String> CARRIED = Set.of("format", "lang", "mode");

    /**
     * @param rest the path after {@code /feeds}, e.g. {@code /categories/国内新闻/上海新闻.rss}
     */
    static FeedRequest parse(String rest, Map<String, String> query, int defaultLimit) {
        checkNames(query);
        String path = rest.startsWith("/") ? rest.substring(1) : rest;
        FeedFormat format = null;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            format = FeedFormat.fromExtension(path.substring(dot + 1));
            if (format != null) {
                path = path.substring(0, dot);
            }
        }
        if (query.containsKey("format")) {
            format = FeedFormat.fromParameter(query.get("format"));
        }
        int slash = path.indexOf('/');
        FeedKind kind = FeedKind.fromSegment(slash < 0 ? path : path.substring(0, slash));
        String value = slash < 0 ? "" : path.substring(slash + 1).replaceAll("/+$", "");
        if (kind == FeedKind.LATEST ? !value.isEmpty() : value.isEmpty()) {
            throw new BadFeedRequestException(kind == FeedKind.LATEST ? "The latest feed takes no path after it."
                    : "The " + kind.segment() + " feed needs a value: /feeds/" + kind.segment() + "/{value}.");
        }
        return new FeedRequest(kind, value, format == null ? FeedFormat.RSS : format, limit(query, defaultLimit),
                ItemFilter.from(query), traditional(query.get("lang")), brief(query.get("mode")),
                query.containsKey("after") ? Cursor.parse(query.get("after")) : null, carried(query));
    }

    /** An unknown or misspelt parameter is refused by name rather than ignored (the feed would not be filtered). */
    private static void checkNames(Map<String, String> query) {
        for (String name : query.keySet()) {
            boolean filter = name.equals("filter") || name.equals("filterout") || name.startsWith("filter_")
                    || name.startsWith("filterout_");
            if (!filter && !PARAMETERS.contains(name)) {
                List<String> known = new ArrayList<>(PARAMETERS);
                known.addAll(FILTERS);
                throw new BadFeedRequestException("The feed has no such parameter: "
                        + UnknownFields.describe("parameter", name, known) + ".");
            }
        }
    }

    /** Filters, lang, mode and an explicit format, in name order; never the partner key nor the cursor. */
    private static Map<String, String> carried(Map<String, String> query) {
        Map<String, String> carried = new TreeMap<>();
        query.forEach((name, value) -> {
            if (CARRIED.contains(name) || name.startsWith("filter")) {
                carried.put(name, value);
            }
        });
        return Map.copyOf(carried);
    }

    String cacheKey() {
        Map<String, Object> key = new TreeMap<>(Map.of("kind", kind, "value", value, "format", format, "limit", limit,
                "filter", filter.canonical(), "lang", traditional, "brief", brief,
                "after", after == null ? "" : after.encode()));
        return key.toString();
    }

    String selfPath() {
        return "/feeds/" + kind.segment() + (value.isEmpty() ? "" : "/" + value) + "." + format.extension();
    }

    private static int limit(Map<String, String> query, int defaultLimit) {
        String value = query.get("limit");
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below with the allowed range
        }
        throw new BadFeedRequestException("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private static boolean traditional(String lang) {
        if (lang == null || lang.isBlank()) {
            return false;
        }
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh-hant", "zh-tw", "zh-hk" -> true;
            case "zh-hans", "zh-cn", "zh" -> false;
            default -> throw new BadFeedRequestException("'lang' must be zh-Hans or zh-Hant.");
        };
    }

    private static boolean brief(String mode) {
        if (mode == null || mode.isBlank() || mode.equals("full")) {
            return false;
        }
        if (mode.equals("brief")) {
            return true;
        }
        throw new BadFeedRequestException("'mode' must be brief or full.");
    }
}
