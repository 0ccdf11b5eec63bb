package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Removes the site and channel names portals append to &lt;title&gt; and og:title ("_光明网", "-新华网", "| TIME"). */
final class TitleCleaner {

    // Plain hyphens only count when spaced, because headlines themselves contain ranges like 2020-2021.
    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|--+|——|——)\\s*|\\s+[-–—－]{1,2}\\s+");
    // An unspaced hyphen before a Chinese name that reads like a site or a channel is a separator too; in English
    // an unspaced hyphen joins words ("fitness-conscious"), and sites set their suffix off with spaces.
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "[-–－]([^-–－]{1,20}(?:网|網|网站|網站|频道|頻道|在线|在線|日报|日報|晚报|晚報|时报|時報|新闻|新聞|资讯|資訊|门户|門戶|官网|官網|设计|中心|平台|头条|頭條|号|號))$");

    private TitleCleaner() {
    }

    static String clean(String raw) {
        return clean(raw, Set.of());
    }

    /** @param siteNames compacted names of the site (og:site_name and the like), removed wherever they stand */
    static String clean(String raw, Set<String> siteNames) {
        String title = Text.clean(raw);
        List<String> parts = new ArrayList<>(Arrays.stream(SUFFIX_SEPARATOR.split(title)).map(String::trim)
                .filter(p -> !p.isEmpty()).toList());
        parts.removeIf(p -> siteNames.contains(Text.compact(p)) && parts.size() > 1);
        if (parts.isEmpty()) {
            return title;
        }
        String first = SITE_SUFFIX.matcher(parts.get(0)).replaceFirst("").trim();
        if (Text.letters(first) >= 4) {
            return first;
        }
        return parts.stream().max(Comparator.comparingInt(Text::letters)).orElse(title);
    }

    /** The title's parts between separators, in order. */
    static List<String> parts(String raw) {
        return Arrays.stream(SUFFIX_SEPARATOR.split(Text.clean(raw))).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The parts after the first, which on portals name the site and channel, compacted. */
    static List<String> suffixes(String raw) {
        String[] parts = SUFFIX_SEPARATOR.split(Text.clean(raw));
        List<String> suffixes = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                suffixes.add(Text.compact(parts[i]));
            }
        }
        return suffixes;
    }
}
