package io.newsflow.ingest.parse;

/**
 * One visual line of a page. The raw text keeps NBSP and ideographic spaces because
 * meta lines use them as field separators; linkLetters tells navigation from prose.
 */
record Line(String raw, int linkLetters) {

    static Line plain(String raw) {
        return new Line(raw, 0);
    }

    String clean() {
        return Text.clean(raw);
    }

    boolean mostlyLinks() {
        int letters = Text.letters(raw);
        return letters > 0 && linkLetters * 2 > letters;
    }
}
