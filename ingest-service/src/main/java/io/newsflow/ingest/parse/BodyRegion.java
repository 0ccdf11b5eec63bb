package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the lines that may hold the article out of a page's lines: from below the headline to the end of the
 * running text, plus the credit lines (责任编辑, 来源) printed right after it. Between the headline and the
 * running text sit the meta line, share bars and image credits: of those lines only sentences (a short lead)
 * and meta lines, which the body filter sets aside, are kept.
 */
final class BodyRegion {

    private static final int TRAILING_CREDIT_LINES = 3;
    private static final Pattern SENTENCE = Pattern.compile("\\p{IsHan}.*(?:[。！？；，]|[!?]$)|[A-Za-z]{2,}.*[.!?;,](?:\\s|$)|^.{40,}$");

    // A numbered heading opens the text's first section: "一、", "（一）", "第一章", "1." and a few words.
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|第[一二三四五六七八九十百\\d]{1,4}[章节節部篇]"
                    + "|\\d{1,2}[、.．](?!\\d))\\s*\\S.{1,40}$");

    private static final int CLOSING_LINES = 4;
    private static final int NEXT_POST_AFTER = 200;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int STRIP_PHRASES = 3;
    private static final int HEADING_LETTERS = 30;
    static final Pattern SENTENCE_MARK = Pattern.compile("[。！？；，,.!?;：:]");
    // □ and ■ close an article in print-style layouts.
    // A notice's or statement's signature: the issuing body, perhaps with its date.
    private static final Pattern SIGNATURE = Pattern.compile(
            "^\\p{IsHan}[\\p{IsHan}（）()]{1,24}(?:政府|委员会|董事会|监事会|办公室|办公厅|公司|协会|学会|联合会|中心|法院|检察院)"
                    + "(?:\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?$");
    private static final Pattern CLOSING = Pattern.compile("[。！？!?」”』）)□■]$|^[（(【\\[].{0,30}[)）】\\]]$"
            // An English sentence: a contributor's credit ("Jane Roe contributed reporting.").
            + "|^[A-Z][A-Za-z].{10,}[a-z][.]$"
            // The date below a signature.
            + "|^(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");

    private BodyRegion() {
    }

    /**
     * The last line of the text when the short lines after the last long paragraph close it: a one-line
     * paragraph ending a sentence, a contributor's credit, a notice's signature (issuing body and date), "（完）".
     */
    static int closingLines(List<Line> lines, int last) {
        int end = last;
        for (int i = last + 1, seen = 0; i < lines.size() && seen < CLOSING_LINES; i++) {
            Line line = lines.get(i);
            String clean = line.clean();
            if (clean.isEmpty()) {
                continue;
            }
            seen++;
            if (line.mostlyLinks() || ChromeRules.isChrome(clean) || ChromeRules.isTrailingHeading(clean)
                    || !CLOSING.matcher(clean).find() && !isSignature(clean)) {
                break;
            }
            end = i;
        }
        return end;
    }

    /** A line that signs a notice or statement: "滨江市人民政府 2026年3月1日", "某某股份有限公司董事会". */
    static boolean isSignature(String clean) {
        return SIGNATURE.matcher(clean).matches();
    }

    /**
     * @param from first line of the running text
     * @param to   last line of the running text (inclusive)
     */
    static List<Line> cut(List<Line> lines, int titleIndex, int from, int to, MetaLineParser metaParser) {
        List<Line> body = new ArrayList<>();
        if (from < 0) {
            return body;
        }
        // A headline found below the running text (a forum's thread title repeated at the foot) does not cut it.
        int start = titleIndex >= 0 && titleIndex < to ? titleIndex + 1 : from;
        int opening = openingHeading(lines, start, from);
        int sentences = 0;
        for (int i = start; i <= to && i < lines.size(); i++) {
            Line line = lines.get(i);
            if (sentences >= NEXT_POST_AFTER && nextPostAt(lines, i, metaParser)) {
                // A blog or forum page goes on with its next post: a headline and then its time.
                break;
            }
            if (SENTENCE.matcher(line.clean()).find()) {
                sentences += Text.letters(line.raw());
            }
            // Inside the content element the body filter judges each line; outside it only sentences pass.
            if (i < from && i != opening && !line.inContent()
                    && (!SENTENCE.matcher(line.clean()).find() || isHeadlineStrip(line.clean()))
                    && !metaParser.parse(line.raw()).isMeta()) {
                continue;
            }
            body.add(line);
        }
        for (int i = to + 1, seen = 0; i < lines.size() && seen < TRAILING_CREDIT_LINES; i++) {
            Line line = lines.get(i);
            if (line.clean().isEmpty()) {
                continue;
            }
            seen++;
            if (!metaParser.parse(line.raw()).isMeta()) {
                break;
            }
            body.add(line);
        }
        return body;
    }

    /**
     * Whether a new post starts at the line: a headline (a short line of words, no sentence punctuation) and, on the
     * next line, nothing but the time it was posted, with year and time of day.
     */
    static boolean nextPostAt(List<Line> lines, int index, MetaLineParser metaParser) {
        if (!isHeadingLike(lines.get(index).clean())) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).clean().isEmpty()) {
                return isPostTime(metaParser.parse(lines.get(i).raw()));
            }
        }
        return false;
    }

    /** A line that is nothing but the time a post went up: day, year and time of day. */
    static boolean isPostTime(MetaLine meta) {
        return meta.isMeta() && meta.values().isEmpty() && meta.found() != null && meta.found().hasYear()
                && meta.found().hasTime();
    }

    /**
     * Several headlines side by side, as a dump prints a teaser box: words set apart by spaces, and no full stop.
     * Chinese prose does not put spaces between its words.
     */
    static boolean isHeadlineStrip(String clean) {
        if (clean.contains("。")) {
            return false;
        }
        long phrases = Arrays.stream(clean.split("\\s+"))
                .filter(part -> Text.letters(part) >= 3 && HAN.matcher(part).find()).count();
        return phrases >= STRIP_PHRASES;
    }

    /** A short line without sentence punctuation: a headline or subheading. */
    static boolean isHeadingLike(String clean) {
        int letters = Text.letters(clean);
        return letters >= 4 && letters <= HEADING_LETTERS && !SENTENCE_MARK.matcher(clean).find();
    }

    /** The line just above the running text when it is a numbered section heading, else -1. */
    private static int openingHeading(List<Line> lines, int start, int from) {
        for (int i = from - 1; i >= start; i--) {
            String clean = lines.get(i).clean();
            if (!clean.isEmpty()) {
                return SECTION_HEADING.matcher(clean).matches() && !lines.get(i).mostlyLinks() ? i : -1;
            }
        }
        return -1;
    }
}
