package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lines around a headline where portals print the meta line and the byline, and how to read them. */
final class HeadlineWindow {

    private static final int LINES_AFTER_TITLE = 8;
    private static final int LINES_BEFORE_TITLE = 3;
    private static final int PROSE_BYLINE_LINES = 15;
    private static final int NAME_LINES = 2;
    private static final int MAX_NAME_ABOVE = 3;
    private static final int SHORT_LINE = 6;
    private static final int SHORT_RUN = 3;
    private static final StartChars DAY_FIRST = new StartChars("123",
            Pattern.compile("(?<!\\d)(1[3-9]|2\\d|3[01])[/.](0?[1-9]|1[0-2])[/.](?:19|20)\\d{2}"));

    private HeadlineWindow() {
    }

    /** Date widgets print year, day and time as separate tiny lines ("2019" / "09/07" / "19:02"): read them as one. */
    static List<Line> joinShortRuns(List<Line> lines) {
        List<Line> joined = new ArrayList<>(lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            StringBuilder run = new StringBuilder();
            int j = i;
            while (j < lines.size() && j < i + SHORT_RUN && !lines.get(j).clean().isEmpty()
                    && lines.get(j).clean().length() <= SHORT_LINE) {
                run.append(run.length() == 0 ? "" : " ").append(lines.get(j).clean());
                j++;
            }
            if (j - i >= 2) {
                joined.add(Line.plain(run.toString()));
            }
        }
        return joined;
    }

    static Optional<String> proseByline(PageDraft draft) {
        List<Line> lines = draft.docLines();
        int from = Math.max(0, draft.titleIndex() + 1);
        for (int i = from; i < Math.min(lines.size(), from + PROSE_BYLINE_LINES); i++) {
            Optional<String> byline = Bylines.inProse(lines.get(i).raw());
            if (byline.isPresent()) {
                return byline;
            }
        }
        return Optional.empty();
    }

    /** A names-only line among the first lines under the headline. */
    static Optional<String> namesUnderTitle(PageDraft draft) {
        List<Line> lines = draft.docLines();
        String title = Text.compact(draft.title());
        int seen = 0;
        for (int i = draft.titleIndex() + 1; draft.titleIndex() >= 0 && i < lines.size() && seen < NAME_LINES; i++) {
            String compact = Text.compact(lines.get(i).clean());
            // The headline printed again (without its "作者：" prefix) above the text does not count as a line.
            if (compact.isEmpty() || (compact.length() >= 4 && title.contains(compact))) {
                continue;
            }
            seen++;
            Optional<String> names = Bylines.namesOnly(lines.get(i).raw());
            if (names.isPresent()) {
                return names;
            }
        }
        // Essays print the writer between the headline and its subtitle, so the name may sit just above the line
        // taken as the headline; there channel labels sit too, so only short personal names count.
        for (int i = draft.titleIndex() - 1; i >= 0; i--) {
            if (!lines.get(i).clean().isEmpty()) {
                if (lines.get(i).mostlyLinks()) {
                    return Optional.empty(); // a navigation link, not a credit
                }
                return Bylines.namesOnly(lines.get(i).raw())
                        .filter(names -> names.length() <= MAX_NAME_ABOVE && !names.contains(" "));
            }
        }
        return Optional.empty();
    }

    static boolean dayFirst(List<Line> lines) {
        return lines.stream().anyMatch(line -> DAY_FIRST.find(line.raw()));
    }

    /** The first {@code count} lines with text below the headline. */
    static List<Line> below(List<Line> lines, int titleIndex, int count) {
        List<Line> below = new ArrayList<>();
        for (int i = titleIndex + 1; i < lines.size() && below.size() < count; i++) {
            if (ChromeRules.isTrailingHeading(lines.get(i).clean())) {
                break;
            }
            if (!lines.get(i).clean().isEmpty()) {
                below.add(lines.get(i));
            }
        }
        return below;
    }

    static List<Line> window(List<Line> lines, int titleIndex) {
        List<Line> window = new ArrayList<>();
        for (int i = titleIndex + 1; i < Math.min(lines.size(), titleIndex + 1 + LINES_AFTER_TITLE); i++) {
            if (ChromeRules.isTrailingHeading(lines.get(i).clean())) {
                break; // "相关新闻" and the like: what follows dates other articles
            }
            window.add(lines.get(i));
        }
        for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - LINES_BEFORE_TITLE); i--) {
            window.add(lines.get(i));
        }
        return window;
    }
}
