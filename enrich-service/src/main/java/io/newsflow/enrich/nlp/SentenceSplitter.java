package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a paragraph into sentences: after 。！？!? (with the closing quotes and brackets that follow them) and
 * after an English full stop, never at a comma or semicolon, and not inside a “quotation” unless it runs on.
 */
final class SentenceSplitter {

    static final int CJK_CAP = 120;
    static final int LATIN_CAP = 300;
    private static final String END_MARKS = "。！？!?";
    private static final String OPENERS = "“「『";
    private static final String QUOTE_CLOSERS = "”」』";
    private static final String CLOSERS = QUOTE_CLOSERS + "’）)》\"'";
    private static final String CLAUSE_MARKS = "，,；;：:";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no",
            "vs", "etc", "inc", "corp", "co", "ltd", "gov", "sen", "rep", "gen", "jan", "feb", "mar", "apr", "aug",
            "sept", "sep", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "e.g", "i.e");

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            current.append(c);
            depth += OPENERS.indexOf(c) >= 0 ? 1 : QUOTE_CLOSERS.indexOf(c) >= 0 && depth > 0 ? -1 : 0;
            if (END_MARKS.indexOf(c) < 0 && !isFullStop(paragraph, i)) {
                continue;
            }
            while (i + 1 < paragraph.length() && (END_MARKS.indexOf(paragraph.charAt(i + 1)) >= 0
                    || CLOSERS.indexOf(paragraph.charAt(i + 1)) >= 0)) {
                char next = paragraph.charAt(++i);
                current.append(next);
                depth -= QUOTE_CLOSERS.indexOf(next) >= 0 && depth > 0 ? 1 : 0;
            }
            // A quotation with its own full stops is one sentence, unless its closing mark never comes.
            if (depth == 0 || current.length() > CJK_CAP) {
                flush(current, sentences);
                depth = 0;
            }
        }
        flush(current, sentences);
        return sentences;
    }

    /** A sentence of at most a screen line or two: a longer one ends at its last clause mark before the cap. */
    static String cap(String sentence) {
        boolean latin = NewsLines.latin(sentence);
        int cap = latin ? LATIN_CAP : CJK_CAP;
        if (sentence.length() <= cap) {
            return sentence;
        }
        int cut = -1;
        for (int i = cap - 1; i >= cap / 2 && cut < 0; i--) {
            cut = CLAUSE_MARKS.indexOf(sentence.charAt(i)) >= 0 ? i : -1;
        }
        if (cut < 0 && latin) {
            cut = sentence.lastIndexOf(' ', cap - 1);
        }
        cut = cut < cap / 2 ? cap : cut;
        return sentence.substring(0, cut).strip() + (latin ? "…" : "……");
    }

    /** An English full stop is followed by a space or the end; "3.5", "U.S." and "Mr." are not one. */
    private static boolean isFullStop(String text, int i) {
        if (text.charAt(i) != '.' || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int start = i;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(start));
        return !ABBREVIATIONS.contains(word) && !initial;
    }

    private static void flush(StringBuilder current, List<String> sentences) {
        String sentence = current.toString().strip();
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        current.setLength(0);
    }
}
