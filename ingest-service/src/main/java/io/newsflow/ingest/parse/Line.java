package io.newsflow.ingest.parse;

/**
 * One visual line of a page. The raw text keeps NBSP and ideographic spaces because meta lines use them as
 * field separators; linkLetters tells navigation from prose.
 *
 * @param heading   how strongly the markup marks the line as a heading: 0 none, 1 a title-like class or id,
 *                  2 h3, 3 h2, 4 h1 (always 0 in a text dump)
 * @param inContent whether the line lies inside the element picked as the article's content
 * @param atBreak   whether a {@code <br>} ended it, so that the next line may go on with the same paragraph
 */
record Line(String raw, int linkLetters, int heading, boolean inContent, boolean atBreak) {

    Line(String raw, int linkLetters, int heading, boolean inContent) {
        this(raw, linkLetters, heading, inContent, false);
    }

    static Line plain(String raw) {
        return new Line(raw, 0, 0, false);
    }

    String clean() {
        return Text.clean(raw);
    }

    boolean mostlyLinks() {
        int letters = Text.letters(raw);
        return letters > 0 && linkLetters * 2 > letters;
    }
}
