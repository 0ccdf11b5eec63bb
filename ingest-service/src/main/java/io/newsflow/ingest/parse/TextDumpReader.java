package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a plain-text dump of a rendered page: one visual line per text line, no markup. */
final class TextDumpReader {

    private static final int MAX_TITLE_LENGTH = 100;
    private static final int META_LOOKAHEAD = 3;

    private final MetaLineParser metaParser;

    TextDumpReader(MetaLineParser metaParser) {
        this.metaParser = metaParser;
    }

    PageDraft read(String content) {
        List<Line> lines = Arrays.stream(content.split("\\R", -1)).map(Line::plain).toList();
        int crumbIndex = -1;
        List<String> crumbs = List.of();
        for (int i = 0; i < lines.size() && crumbIndex < 0; i++) {
            Optional<List<String>> parsed = BreadcrumbParser.parse(lines.get(i).raw(), false);
            if (parsed.isPresent()) {
                crumbIndex = i;
                crumbs = parsed.get();
            }
        }
        int titleIndex = findTitle(lines, crumbIndex, crumbs);
        String title;
        if (titleIndex >= 0) {
            title = lines.get(titleIndex).clean();
        } else {
            // The headline is only visible as the breadcrumb's last level.
            title = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
            titleIndex = crumbIndex;
        }
        return new PageDraft(lines, titleIndex, lines, titleIndex + 1, crumbs, title, null, Set.of(),
                StructuredMeta.NONE);
    }

    private int findTitle(List<Line> lines, int crumbIndex, List<String> crumbs) {
        int start = crumbIndex + 1;
        if (!crumbs.isEmpty()) {
            String last = crumbs.get(crumbs.size() - 1);
            for (int i = start; i < lines.size(); i++) {
                if (isHeadline(lines.get(i)) && BreadcrumbParser.sameAsTitle(last, lines.get(i).clean())) {
                    return i;
                }
            }
        }
        if (crumbIndex < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (isHeadline(lines.get(i)) && datedMetaFollows(lines, i)) {
                    return i;
                }
            }
        }
        for (int i = start; i < lines.size(); i++) {
            if (isHeadline(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean datedMetaFollows(List<Line> lines, int index) {
        int seen = 0;
        for (int i = index + 1; i < lines.size() && seen < META_LOOKAHEAD; i++) {
            if (lines.get(i).clean().isEmpty()) {
                continue;
            }
            seen++;
            MetaLine meta = metaParser.parse(lines.get(i).raw());
            if (meta.isMeta() && meta.date() != null) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeadline(Line line) {
        String clean = line.clean();
        return Text.letters(clean) >= 2 && clean.length() <= MAX_TITLE_LENGTH
                && !BreadcrumbParser.isBreadcrumbLine(clean) && !ChromeRules.isChrome(clean)
                && ChromeRules.keywords(clean).isEmpty() && !ChromeRules.isTrailingHeading(clean)
                && !ChromeRules.isListItem(clean) && !metaParser.parse(line.raw()).isMeta();
    }
}
