package io.newsflow.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text browser adds to a page's text: images shown as their bracketed file or alt name, form fields as
 * brackets, and table borders drawn with box characters. None of it is the article's text.
 */
final class DumpFurniture {

    private static final Pattern PLACEHOLDER_LINE = Pattern.compile("^(?:\\s*\\[[^\\]]{0,40}])+\\s*$");
    // Brackets after a closed sentence: a logo, a search box or a button printed in the same table row.
    private static final Pattern TRAILING_PLACEHOLDERS =
            Pattern.compile("(?<=[。！？!?.”」)）])(?:\\s*\\[[^\\]]{0,40}])+\\s*$");
    private static final Pattern BORDER = Pattern.compile("[│┃║┆┊]");

    private DumpFurniture() {
    }

    /** The body lines without image and form placeholders and without table borders. */
    static List<Line> strip(List<Line> body) {
        return body.stream()
                .filter(line -> !PLACEHOLDER_LINE.matcher(line.raw()).matches())
                .map(DumpFurniture::withoutFurniture)
                .toList();
    }

    private static Line withoutFurniture(Line line) {
        String raw = BORDER.matcher(line.raw()).replaceAll(" ");
        raw = TRAILING_PLACEHOLDERS.matcher(raw.stripTrailing()).replaceAll("");
        return raw.equals(line.raw()) ? line : new Line(raw, line.linkLetters(), line.heading(), line.inContent(), line.atBreak());
    }
}
