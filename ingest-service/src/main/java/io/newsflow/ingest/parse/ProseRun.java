package io.newsflow.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the article's running text is in a list of lines: the run of prose lines holding the most text,
 * where a few short lines (subheadings, captions, blank lines) may interrupt it. Menus, link lists and footers
 * are short lines without sentence punctuation, so they never start or extend a run.
 */
final class ProseRun {

    static final Pattern SENTENCE = Pattern.compile("[。！？；，、,.!?;]");
    private static final int MIN_PROSE_LETTERS = 30;
    private static final int LONG_LETTERS = 80;
    private static final int MAX_GAP = 8;
    private static final double PROSE_TOLL = 10;
    private static final int LETTERS_PER_MARK = 150;
    private static final int SHORT_SENTENCE_LETTERS = 15;
    private static final Pattern FULL_STOP = Pattern.compile("(?:。|[a-z]{2}\\.)[”」’\"]?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\s]{1,40}]");
    // An image's file name and then a headline: a teaser card of another story.
    private static final Pattern TEASER = Pattern.compile("^\\[[^\\]\\p{IsHan}\\s]{1,40}]\\s*\\S");
    private static final double INTERRUPTION = 30;
    private static final double MIN_INTERRUPTION = 4;

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

    /**
     * For a text dump, where no markup marks the article: the window of lines whose prose outweighs what
     * interrupts it, the best-scoring stretch over line weights (a paragraph adds its letters, any other
     * non-blank line costs a fixed amount). A related-news list or a sidebar of short items costs more than its
     * excerpts add, so it does not join the article, while a caption or an ad between paragraphs does not split it.
     */
    static Run window(List<Line> lines) {
        Run best = Run.NONE;
        double bestSum = 0;
        double sum = 0;
        int start = -1;
        int end = -1;
        int letters = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.clean().isEmpty()) {
                continue;
            }
            int lineLetters = Text.letters(PLACEHOLDER.matcher(line.raw()).replaceAll(""));
            boolean prose = isDumpProse(line, lineLetters);
            double weight = prose ? lineLetters - PROSE_TOLL : -interruption(lineLetters);
            if (sum + weight <= 0 || start < 0) {
                if (!prose || weight <= 0) {
                    sum = 0;
                    start = -1;
                    continue;
                }
                sum = 0;
                start = i;
                letters = 0;
            }
            sum += weight;
            if (prose) {
                end = i;
                letters += lineLetters;
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = new Run(start, end, letters);
            }
        }
        return best;
    }

    /**
     * What a line that is not prose costs: an image (only its bracketed name) or a credit costs little, a
     * headline of a related story or a caption costs its letters, up to a cap.
     */
    private static double interruption(int letters) {
        return Math.min(INTERRUPTION, Math.max(MIN_INTERRUPTION, letters));
    }

    /**
     * Prose in a dump is punctuated throughout: a long line with hardly a comma is a row of links run together
     * (a site directory, a tag cloud), and an image's bracketed name adds no text.
     */
    private static boolean isDumpProse(Line line, int letters) {
        if (letters >= SHORT_SENTENCE_LETTERS && letters < MIN_PROSE_LETTERS && !line.mostlyLinks()
                && FULL_STOP.matcher(line.clean()).find() && !TEASER.matcher(line.clean()).find()) {
            // A one-sentence paragraph; headlines of other stories are not closed with a full stop.
            return !ChromeRules.isChrome(line.clean());
        }
        if (letters < MIN_PROSE_LETTERS || !isProse(line) || TEASER.matcher(line.clean()).find()) {
            return false;
        }
        long marks = SENTENCE.matcher(line.clean()).results().count();
        return marks >= 1 + letters / LETTERS_PER_MARK;
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
