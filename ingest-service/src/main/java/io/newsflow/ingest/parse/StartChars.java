package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its matches can begin. {@code java.util.regex} tests a character class of Han
 * characters member by member, and an alternation of words branch by branch, at every position of the text; a page's
 * lines go through dozens of such patterns, many of them several times while the headline is sought (these scans
 * were most of ingest's CPU). Looking the character up in a bit set first skips almost every position. The matches
 * are the ones {@link Matcher#find()} gives: the pattern sees the whole text (look-behinds and {@code ^} included),
 * it is only not started where it cannot match.
 */
final class StartChars {

    private final Pattern pattern;
    private final BitSet starts = new BitSet();

    /** {@code starts}: every character a match can begin with (each case of a case-insensitive pattern). */
    StartChars(String starts, Pattern pattern) {
        this.pattern = pattern;
        starts.chars().forEach(this.starts::set);
    }

    Pattern pattern() {
        return pattern;
    }

    boolean find(String text) {
        return next(matcher(text), text, 0) >= 0;
    }

    /** Every match, left to right, as repeated {@link Matcher#find()} gives them. */
    List<MatchResult> findAll(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = matcher(text);
        int from = 0;
        while (from <= text.length() && next(m, text, from) >= 0) {
            found.add(m.toMatchResult());
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return found;
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The start of the first match at or after {@code from}, the matcher left on it; -1 when there is none. */
    private int next(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (starts.get(text.charAt(i))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
