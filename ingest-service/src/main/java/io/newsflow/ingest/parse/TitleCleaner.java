package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Removes the site and channel names portals append to &lt;title&gt; and og:title. */
final class TitleCleaner {

    // Plain hyphens only count when spaced, because headlines themselves contain ranges like 2020-2021.
    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-–—－]{1,2}\\s+");

    private TitleCleaner() {
    }

    static String clean(String raw) {
        String title = Text.clean(raw);
        String[] parts = SUFFIX_SEPARATOR.split(title);
        String first = parts.length == 0 ? "" : parts[0].trim();
        if (Text.letters(first) >= 4) {
            return first;
        }
        return Arrays.stream(parts).map(String::trim).max(Comparator.comparingInt(Text::letters)).orElse(title);
    }
}
