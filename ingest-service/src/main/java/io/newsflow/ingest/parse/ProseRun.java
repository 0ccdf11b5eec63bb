package io.newsflow.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the article's running text is in a list of lines: the run of prose lines holding the most text,
 * where a few short lines (subheadings, captions, blank lines) may interrupt it. Menus, link lists and footers
 * are short lines without sentence punctuation, so they never start or extend a run.
 */
final class ProseRun {

    private static final Pattern SENTENCE = Pattern.compile("[。！？；，、,.!?;]");
    private static final int MIN_PROSE_LETTERS = 30;
    private static final int LONG_LETTERS = 80;
    private static final int MAX_GAP = 8;

    /** The run: indices of its first and last prose line, or NONE. */
    record Run(int start, int end, int letters) {

        static final Run NONE = new Run(-1, -1, 0);

        boolean found() {
            return start >= 0;
        }
    }

    private ProseRun() {
    }

    static Run find(List<Line> lines) {
        Run best = Run.NONE;
        int start = -1;
        int end = -1;
        int letters = 0;
        int gap = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.clean().isEmpty()) {
                continue;
            }
            if (isProse(line)) {
                if (start < 0) {
                    start = i;
                    letters = 0;
                }
                end = i;
                letters += Text.letters(line.raw());
                gap = 0;
            } else if (start >= 0 && ++gap > MAX_GAP) {
                best = letters > best.letters() ? new Run(start, end, letters) : best;
                start = -1;
            }
        }
        if (start >= 0 && letters > best.letters()) {
            best = new Run(start, end, letters);
        }
        return best;
    }

    static boolean isProse(Line line) {
        String clean = line.clean();
        int letters = Text.letters(clean);
        if (line.mostlyLinks() || ChromeRules.isChrome(clean)) {
            return false;
        }
        return letters >= LONG_LETTERS || (letters >= MIN_PROSE_LETTERS && SENTENCE.matcher(clean).find());
    }
}
