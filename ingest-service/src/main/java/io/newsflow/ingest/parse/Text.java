package io.newsflow.ingest.parse;

import java.util.regex.Pattern;

/** Whitespace and character-class helpers shared by the readers. */
final class Text {

    // Portals pad with NBSP, ideographic and zero-width spaces; all of them count as whitespace here.
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•●◆◇■□▪▶►★☆·]+\\s*");

    private Text() {
    }

    /** Collapses every whitespace run to one space, trims, and strips list bullets from dumps. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String collapsed = ANY_SPACE.matcher(raw).replaceAll(" ").trim();
        return LEADING_BULLET.matcher(collapsed).replaceFirst("").trim();
    }

    /** Text without any whitespace, for comparing titles that were wrapped differently. */
    static String compact(String raw) {
        return ANY_SPACE.matcher(clean(raw)).replaceAll("");
    }

    static boolean isHan(int codePoint) {
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
        return (int) text.codePoints()
                .filter(cp -> isHan(cp) || isLatin(cp) || Character.isDigit(cp))
                .count();
    }
}
