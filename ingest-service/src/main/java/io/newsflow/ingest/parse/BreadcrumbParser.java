package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits "您当前的位置:首页 > 国内 > 标题" into its meaningful levels. */
final class BreadcrumbParser {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:您当前的位置|您當前的位置|您现在的位置|您現在的位置|当前位置|當前位置|所在位置|您的位置|现在位置|現在位置|位置)\\s*[:：]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:>>|->|-&gt;|&gt;|[>›»＞/→〉])\\s*");
    private static final Set<String> HOME = Set.of("首页", "首頁", "网站首页", "網站首頁", "主页", "主頁", "本站首页", "返回首页", "Home", "HOME");
    private static final Set<String> BODY_MARKERS = Set.of("正文", "正文内容", "正文內容", "内容", "內容", "详情", "詳情", "文章内容", "新闻正文");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.{2,}|…+)$");

    private BreadcrumbParser() {
    }

    /**
     * Parses a line as a breadcrumb. Without a "当前位置" prefix we only accept lines that start at
     * the home page, unless the caller already knows the text is a breadcrumb (a .breadcrumb element).
     */
    static Optional<List<String>> parse(String line, boolean trusted) {
        String clean = Text.clean(line);
        Matcher prefix = PREFIX.matcher(clean);
        boolean hasPrefix = prefix.lookingAt();
        String rest = hasPrefix ? clean.substring(prefix.end()) : clean;
        List<String> parts = Arrays.stream(SEPARATOR.split(rest)).map(Text::clean).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty() || (!hasPrefix && !trusted && (parts.size() < 2 || !HOME.contains(parts.get(0))))) {
            return Optional.empty();
        }
        return Optional.of(parts.stream().filter(p -> !HOME.contains(p)).toList());
    }

    static boolean isBreadcrumbLine(String line) {
        return parse(line, false).isPresent();
    }

    /** Drops a trailing "正文" or a trailing copy (possibly truncated) of the headline. */
    static List<String> withoutTitle(List<String> crumbs, String title) {
        List<String> result = new ArrayList<>(crumbs);
        while (!result.isEmpty()) {
            String last = result.get(result.size() - 1);
            if (BODY_MARKERS.contains(last) || sameAsTitle(last, title)) {
                result.remove(result.size() - 1);
            } else {
                break;
            }
        }
        return List.copyOf(result);
    }

    static boolean sameAsTitle(String crumb, String title) {
        String c = ELLIPSIS.matcher(Text.compact(crumb)).replaceAll("");
        String t = Text.compact(title);
        if (c.isEmpty() || t.isEmpty()) {
            return false;
        }
        // A short crumb such as "新闻" must not count as a prefix of every headline.
        boolean longEnough = c.length() >= Math.min(6, t.length());
        return c.equals(t) || (longEnough && (t.startsWith(c) || t.endsWith(c) || c.startsWith(t)));
    }
}
