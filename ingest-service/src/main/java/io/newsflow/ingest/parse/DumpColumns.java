package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts a text browser's table layout back into reading order. w3m prints the cells of a layout table side by
 * side, so a sidebar's items, a poster's name or a second column share lines with the article's paragraphs, and
 * read line by line every line mixes them. Where a stretch of lines has a gutter (columns blank on every one of
 * them), each side is read on its own, left before right, and cut again the same way (an XY-cut over character
 * cells). Table borders count as blank. Text that was never laid out in columns comes back unchanged.
 */
final class DumpColumns {

    // Words and fields inside one cell are set one or two spaces apart; cells are further apart.
    private static final int MIN_GUTTER = 3;
    // A line or two beside each other is a meta line spaced out, not a layout column.
    private static final int MIN_ROWS = 3;
    // A wrapped row stops one wide character short of the edge when the next one would not fit.
    private static final int WRAP_SLACK = 2;
    private static final int MIN_WRAPPED_LETTERS = 20;
    private static final Pattern LATIN_END = Pattern.compile("[A-Za-z0-9,]$");
    private static final Pattern LATIN_START = Pattern.compile("^[A-Za-z0-9]");

    private DumpColumns() {
    }

    static List<String> readingOrder(List<String> lines) {
        List<CellRow> rows = lines.stream().map(CellRow::of).toList();
        int width = rows.stream().mapToInt(CellRow::width).max().orElse(0);
        List<String> out = new ArrayList<>();
        read(rows, 0, width, out);
        return out;
    }

    private static void read(List<CellRow> rows, int from, int to, List<String> out) {
        List<List<CellRow>> bands = bands(rows, from, to);
        int i = 0;
        while (i < bands.size()) {
            List<CellRow> group = new ArrayList<>(bands.get(i));
            boolean[] used = marks(group, from, to, new boolean[Math.max(0, to - from)]);
            int j = i + 1;
            while (j < bands.size() && gutter(used, from) != null) {
                boolean[] wider = marks(bands.get(j), from, to, used.clone());
                if (gutter(wider, from) == null) {
                    break;
                }
                group.addAll(bands.get(j));
                used = wider;
                j++;
            }
            int[] gutter = group.size() >= MIN_ROWS ? gutter(used, from) : null;
            if (gutter != null) {
                read(group, from, gutter[0], out);
                read(group, gutter[1], to, out);
            } else {
                out.addAll(unwrapped(group, from, to));
                out.add("");
            }
            i = j;
        }
    }

    /**
     * The rows of a cell with its paragraphs whole again: a cell narrower than the text wraps it at one screen
     * column, the one most long rows end at, and a row ending there goes on in the next row unless that one is
     * indented. A cell of short fields (headline, date, name) has no such column.
     */
    private static List<String> unwrapped(List<CellRow> rows, int from, int to) {
        List<Integer> ends = rows.stream().filter(row -> Text.letters(row.slice(from, to)) >= MIN_WRAPPED_LETTERS)
                .map(row -> row.end(from, to)).toList();
        int edge = -1;
        int full = 0;
        for (int candidate : ends) {
            int reaching = (int) ends.stream().filter(end -> end <= candidate && end >= candidate - WRAP_SLACK).count();
            if (reaching > full || (reaching == full && candidate > edge)) {
                edge = candidate;
                full = reaching;
            }
        }
        boolean wrapped = full >= MIN_ROWS;
        List<String> out = new ArrayList<>();
        boolean joining = false;
        for (CellRow row : rows) {
            String text = row.slice(from, to);
            if (joining && !text.isEmpty() && !text.startsWith("\u3000")) {
                String before = out.remove(out.size() - 1);
                boolean words = LATIN_END.matcher(before).find() && LATIN_START.matcher(text).find();
                out.add(before + (words ? " " : "") + text);
            } else {
                out.add(text);
            }
            int end = row.end(from, to);
            joining = wrapped && end >= edge - WRAP_SLACK && end <= edge && Text.letters(text) >= MIN_WRAPPED_LETTERS;
        }
        return out;
    }

    private static boolean[] marks(List<CellRow> rows, int from, int to, boolean[] used) {
        rows.forEach(row -> row.mark(used, from, to));
        return used;
    }

    /** Runs of lines with text between from and to, split at lines blank there. */
    private static List<List<CellRow>> bands(List<CellRow> rows, int from, int to) {
        List<List<CellRow>> bands = new ArrayList<>();
        List<CellRow> band = new ArrayList<>();
        for (CellRow row : rows) {
            if (row.blank(from, to)) {
                if (!band.isEmpty()) {
                    bands.add(band);
                    band = new ArrayList<>();
                }
            } else {
                band.add(row);
            }
        }
        if (!band.isEmpty()) {
            bands.add(band);
        }
        return bands;
    }

    /** The widest run of columns blank on every row with text on both sides, as {start, end}, or null. */
    private static int[] gutter(boolean[] used, int from) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        int[] best = null;
        for (int c = first + 1; first >= 0 && c < last; c++) {
            if (used[c]) {
                continue;
            }
            int end = c;
            while (end < last && !used[end]) {
                end++;
            }
            if (end - c >= MIN_GUTTER && (best == null || end - c > best[1] - best[0])) {
                best = new int[] {from + c, from + end};
            }
            c = end;
        }
        return best;
    }
}
