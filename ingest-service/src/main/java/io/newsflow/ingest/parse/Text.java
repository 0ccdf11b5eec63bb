package io.newsflow.ingest.parse;

import java.util.regex.Pattern;

/** Whitespace and character-class helpers shared by the readers. */
final class Text {

    private static final Pattern LEADING_BULLET = Pattern.compile("^[•●◆◇■□▪▶►★☆·]+\\s*");
    private static final String BULLETS = "•●◆◇■□▪▶►★☆·";

    private Text() {
    }

    /**
     * Collapses every whitespace run to one space, trims, and strips list bullets from dumps. Every line of a page
     * passes here several times, so it is one pass over the characters rather than a regular expression, and a
     * line that is clean already comes back as it is.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String collapsed = collapse(raw, " ").trim();
        if (collapsed.isEmpty() || BULLETS.indexOf(collapsed.charAt(0)) < 0) {
            return collapsed;
        }
        return LEADING_BULLET.matcher(collapsed).replaceFirst("").trim();
    }

    /** Text without any whitespace, for comparing titles that were wrapped differently. */
    static String compact(String raw) {
        return collapse(clean(raw), "");
    }

    /**
     * Portals pad with NBSP, ideographic and zero-width spaces; all of them count as whitespace here, beside the
     * ASCII ones.
     */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** Every whitespace run replaced by the given text (the string itself when it has nothing to replace). */
    private static String collapse(String text, String with) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || with.isEmpty() || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(with);
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the character is written in Han script; most text is ASCII or common ideographs, decided at once. */
    static boolean isHan(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) {
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isLatin(int codePoint) {
        return codePoint < 0x250 && Character.isLetter(codePoint);
    }

    /** Counts the characters that carry meaning (Han, Latin letters, digits), ignoring punctuation. */
    static int letters(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHan(cp) || isLatin(cp) || Character.isDigit(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }
}
