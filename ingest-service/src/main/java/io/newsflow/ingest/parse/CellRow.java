package io.newsflow.ingest.parse;

import java.util.regex.Pattern;

/**
 * One line of a text dump as the terminal showed it: each character at its screen column, CJK characters two
 * columns wide (as w3m counts them; punctuation of ambiguous width one), table borders blanked out.
 */
record CellRow(String text, int[] columns, int width) {

    private static final Pattern FORM_FIELD = Pattern.compile("\\[ +]");

    static CellRow of(String line) {
        // A form field prints as brackets around blanks; they are one cell, not a gutter.
        String raw = FORM_FIELD.matcher(line).replaceAll(m -> m.group().replace(' ', '\u00A0'));
        StringBuilder text = new StringBuilder(raw.length());
        int[] columns = new int[raw.length() + 1];
        int column = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int chars = Character.charCount(cp);
            boolean border = cp >= 0x2500 && cp <= 0x257F;
            for (int k = 0; k < chars; k++) {
                columns[text.length()] = column;
                text.append(border ? ' ' : raw.charAt(i + k));
            }
            column += wide(cp) ? 2 : 1;
            i += chars;
        }
        columns[text.length()] = column;
        return new CellRow(text.toString(), columns, column);
    }

    boolean blank(int from, int to) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i)) && columns[i] >= from && columns[i] < to) {
                return false;
            }
        }
        return true;
    }

    /** Marks the columns in [from, to) that this row's text covers, counted from from. */
    void mark(boolean[] used, int from, int to) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i)) && columns[i] >= from && columns[i] < to) {
                for (int c = columns[i]; c < Math.min(columns[i + 1], to); c++) {
                    used[c - from] = true;
                }
            }
        }
    }

    /** The screen column just after the last character shown between columns from and to, or from. */
    int end(int from, int to) {
        int end = from;
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i)) && columns[i] >= from && columns[i] < to) {
                end = columns[i + 1];
            }
        }
        return end;
    }

    /** The text shown between columns from and to, without the padding around it. */
    String slice(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (columns[i] >= from && columns[i] < to) {
                out.append(text.charAt(i));
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && isBlank(out.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** East Asian wide and fullwidth characters (after Markus Kuhn's wcwidth). */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
    }
}
