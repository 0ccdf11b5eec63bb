package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline among a page's lines by weighing every signal the page carries, instead of taking the
 * first short line: agreement with the document title, og:title or JSON-LD headline; heading markup; a meta
 * line (date, 来源) right below it; agreement with the breadcrumb's last step; and closeness to where the
 * running text starts. Menus, share bars, login links, search boxes, date lines and site names are never
 * candidates.
 */
final class HeadlinePicker {

    /** What the page says its headline is, from outside the visible lines. */
    record Clues(List<String> references, String rawTitle, Set<String> siteNames, String lastCrumb) {
    }

    /** The chosen line and the text to use: the reference where the line only contains it plus chrome. */
    record Pick(int index, String text, double score) {

        static final Pick NONE = new Pick(-1, "", 0);
    }

    private static final int WINDOW_BEFORE = 40;
    private static final int CLOSE = 15;
    private static final int WINDOW_AFTER = 4;
    private static final int META_LOOKAHEAD = 3;
    private static final int MAX_LENGTH = 120;
    private static final double MIN_SCORE = 3;
    private static final int REPEAT_DISTANCE = 10;
    private static final int HEADLINE_COPIES = 2;
    private static final double BELOW_TEXT = 3;
    private static final Pattern ACCOUNT_LINE = Pattern.compile("^(?:微信号|微信號|公众号|公眾號)\\s*[:：]?\\s*[A-Za-z0-9_-]{3,}");
    private static final int WRAPPED_LETTERS = 15;
    private static final Pattern INNER_MARK = Pattern.compile("[，、；,;]");
    private static final Pattern LINE_END_MARK = Pattern.compile("[。！？!?：:」”』）)]$");
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "^(?:正在(?:浏览|阅读|瀏覽|閱讀)|当前位置|當前位置|您的位置|您现在的位置|所在位置|标题|標題)\\s*[:：]");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·●◆■▪*+]|\\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}、)\\s*");
    // Four to twenty words, no full stop at the end: how English headlines are set.
    private static final Pattern ENGLISH_HEADLINE = Pattern.compile("^[A-Z0-9‘'\"][^.!]*(?:\\s+\\S+){3,19}[^.:]$");
    private static final int DATE_LINE_LETTERS = 6;
    private static final String PARAGRAPH_INDENT = "\u3000\u3000";
    private static final Pattern WIDE_GAP = Pattern.compile("[\\s\u3000]{2,}");
    private static final int MENU_ITEMS = 4;
    private static final int MENU_ITEM_LETTERS = 8;
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{2,}(?:\\s+[A-Za-z']+){2,}");
    // A search box's button as a text dump renders it: "[查询]", "[搜索]".
    private static final Pattern FORM_BUTTON = Pattern.compile("\\[(?:查询|查詢|搜索|搜尋|检索|檢索|提交|登录|登錄|确定|確定|Search|Go)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\p{IsHan}]{0,40}]");

    private final MetaLineParser metaParser;

    HeadlinePicker(MetaLineParser metaParser) {
        this.metaParser = metaParser;
    }

    /** @param anchor index of the first line of running text, or -1 when it is unknown */
    Pick pick(List<Line> lines, int anchor, Clues clues) {
        return pick(lines, anchor, -1, clues);
    }

    /**
     * @param anchor index of the first line of running text, or -1 when it is unknown
     * @param end    index of its last line, or -1: a line below the text (a reply's title on a forum page) seldom heads it
     */
    Pick pick(List<Line> lines, int anchor, int end, Clues clues) {
        Clues given = clues.references().isEmpty() ? withLabelledTitle(lines, clues) : clues;
        Map<String, int[]> spans = given.references().isEmpty() ? spans(lines) : Map.of();
        Pick best = Pick.NONE;
        for (int i = 0; i < lines.size(); i++) {
            boolean near = anchor < 0 || (i >= anchor - WINDOW_BEFORE && i <= anchor + WINDOW_AFTER);
            if (!near && lines.get(i).heading() < 2 && given.references().isEmpty()) {
                continue;
            }
            Pick pick = score(lines, i, anchor, given, near, spans);
            if (end >= 0 && i > end && pick.score() > 0) {
                pick = new Pick(pick.index(), pick.text(), pick.score() - BELOW_TEXT);
            }
            if (pick.score() > best.score()) {
                best = pick;
            }
        }
        return best.score() >= MIN_SCORE ? best : Pick.NONE;
    }

    /** @param spans each line's first and last index and its copies, by compacted text, when there are no references */
    private Pick score(List<Line> lines, int i, int anchor, Clues clues, boolean near, Map<String, int[]> spans) {
        Line line = lines.get(i);
        String text = shown(line);
        // A prose line just below where the running text starts is part of it (a wrapped paragraph's next line).
        boolean inText = (anchor >= 0 && near && i > anchor && line.heading() == 0 && ProseRun.isProse(line))
                || wrappedProse(lines, i);
        if (inText || !isCandidate(text, line)) {
            return Pick.NONE;
        }
        String compact = Text.compact(text);
        if (clues.siteNames().contains(compact)) {
            return Pick.NONE;
        }
        double score = 0;
        String chosen = text;
        double best = 0;
        for (String reference : clues.references()) {
            String r = Text.compact(reference);
            if (r.isEmpty()) {
                continue;
            }
            double s = 0;
            if (compact.equals(r)) {
                s = 10;
            } else if ((r.startsWith(compact) || r.endsWith(compact)) && compact.length() >= r.length() * 0.6) {
                s = 7.0 * compact.length() / r.length();
            } else if (compact.contains(r) && r.length() >= compact.length() * 0.5) {
                s = 6.0 * r.length() / compact.length();
                // A title block that also holds the date or a label gives the reference; otherwise the line is
                // the longer, truer headline (a reference cut short by an unescaped quote, say).
                String extra = compact.replace(r, "");
                if (s > best && (metaParser.parse(extra).isMeta() || LABEL_PREFIX.matcher(text).find())) {
                    chosen = reference;
                }
            }
            // A short reference is often a channel name ("新闻动态") standing in for a headline.
            s *= Math.min(1, r.length() / 8.0);
            best = Math.max(best, s);
        }
        if (best == 0 && compact.length() >= 6 && clues.rawTitle().contains(compact)) {
            best = 5;
        }
        score += best;
        score += line.heading() * 0.75;
        if (line.heading() == 4 && lines.stream().filter(l -> l.heading() == 4).count() == 1) {
            score += 2;
        }
        score += metaAround(lines, i);
        if (clues.references().isEmpty() && letters(text) >= 6 && printedAgain(lines, i, compact, spans)) {
            // With nothing else to go by, a line the page prints twice (above the text and in a share or comment
            // box) is its headline more often than not.
            score += 2;
        }
        if (FORM_BUTTON.matcher(text).find()) {
            score -= 4;
        }
        if (!clues.lastCrumb().isEmpty() && BreadcrumbParser.sameAsTitle(clues.lastCrumb(), text)) {
            score += 5;
        }
        if (anchor >= 0 && near) {
            int distance = anchor - i;
            score += distance >= 0 ? Math.max(0, 3.0 * (1 - distance / (double) CLOSE)) : 0.5;
        }
        int letters = letters(text);
        // Headlines run to a dozen or more characters; names and labels that share their meta line are shorter.
        if (letters >= 6 && letters <= 60) {
            score += Math.min(letters, 30) / 10.0;
        }
        if (ENGLISH_HEADLINE.matcher(text).matches()) {
            score += 1;
        }
        // Headlines are not sentences of running text, and are seldom as short as an account or site name.
        if (text.contains("。") || text.endsWith("：") || text.endsWith(":")) {
            score -= 5;
        } else if (letters > 50) {
            score -= 3;
        }
        if (letters < 8) {
            score -= 1.5;
        }
        if (line.mostlyLinks() && line.heading() == 0) {
            score -= 3;
        }
        if (BULLET.matcher(line.raw()).find()) {
            score -= 2;
        }
        if (menuRow(line.raw())) {
            score -= 4;
        }
        // Chinese text indents each paragraph by two ideographic spaces; a headline is set apart, not indented.
        if (line.raw().startsWith(PARAGRAPH_INDENT)) {
            score -= 2;
        }
        if (LABEL_PREFIX.matcher(text).find() || ChromeRules.isReplyHeader(text)) {
            score -= 6;
        }
        return new Pick(i, chosen, score);
    }

    /** Four or more short items set apart by wide gaps: a text dump's menu bar, which names sections, not a story. */
    private static boolean menuRow(String raw) {
        String[] items = WIDE_GAP.split(raw.strip());
        return items.length >= MENU_ITEMS && Arrays.stream(items).allMatch(item -> Text.letters(item) <= MENU_ITEM_LETTERS);
    }

    /**
     * A line of a paragraph that the page breaks with {@code <br>} at a fixed width: it holds a sentence's commas,
     * stops mid-sentence and the next line goes on with the text. Such a line is never a headline.
     */
    private static boolean wrappedProse(List<Line> lines, int index) {
        Line line = lines.get(index);
        String clean = line.clean();
        if (!line.atBreak() || line.heading() > 0 || Text.letters(clean) < WRAPPED_LETTERS
                || !INNER_MARK.matcher(clean).find() || LINE_END_MARK.matcher(clean).find()) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            Line next = lines.get(i);
            if (!next.clean().isEmpty()) {
                return next.heading() == 0 && !next.mostlyLinks() && Text.letters(next.clean()) >= WRAPPED_LETTERS
                        && ProseRun.SENTENCE.matcher(next.clean()).find();
            }
        }
        return false;
    }

    /** An English word carries about what one Chinese character does, so an English line's letters count a third. */
    private static int letters(String text) {
        return HAN.matcher(text).find() ? Text.letters(text) : Text.letters(text) / 3;
    }

    /**
     * Whether the line is printed again far from where it is, while its neighbours are not: a list prints each of
     * its entries twice (an image's caption and its link), a page its headline.
     */
    private static boolean printedAgain(List<Line> lines, int index, String compact, Map<String, int[]> spans) {
        if (!repeatedFarAway(index, compact, spans)) {
            return false;
        }
        for (int i = Math.max(0, index - 2); i <= Math.min(lines.size() - 1, index + 2); i++) {
            String neighbour = copyKey(lines.get(i));
            if (i != index && neighbour.length() >= 6 && repeatedFarAway(i, neighbour, spans)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy far from the line exists exactly when the text's first or last occurrence is far from it. A line
     * printed three times or more is the site's or a channel's name, which pages repeat in every box.
     */
    private static boolean repeatedFarAway(int index, String compact, Map<String, int[]> spans) {
        int[] span = spans.get(compact);
        return span != null && span[2] <= HEADLINE_COPIES
                && (index - span[0] >= REPEAT_DISTANCE || span[1] - index >= REPEAT_DISTANCE);
    }

    /** Each line text's first and last index and how often it is printed, read once per page. */
    private static Map<String, int[]> spans(List<Line> lines) {
        Map<String, int[]> spans = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            spans.merge(copyKey(lines.get(i)), new int[] {i, i, 1},
                    (known, added) -> new int[] {known[0], at, known[2] + 1});
        }
        return spans;
    }

    /** A line's text as its copies compare: a headline a share box prints twice over is the same headline. */
    private static String copyKey(Line line) {
        return Text.compact(shown(line));
    }

    /** What the line shows as a headline: without image placeholders, and once where it is printed twice over. */
    private static String shown(Line line) {
        return undoubled(PLACEHOLDER.matcher(line.clean()).replaceAll("").trim());
    }

    /**
     * "正在阅读：…" names the headline outright, and readers' replies repeat it ("# re: … 2004-12-27 12:46 张三"); in
     * a text dump these are the only references there are.
     */
    private Clues withLabelledTitle(List<Line> lines, Clues clues) {
        Map<String, Integer> undatedReplies = new HashMap<>();
        for (Line line : lines) {
            String clean = line.clean();
            Matcher m = LABEL_PREFIX.matcher(clean);
            String named = "";
            if (m.find() && !m.group().contains("位置")) {
                named = clean.substring(m.end()).strip();
            } else {
                Optional<String> reply = ChromeRules.replyTitle(clean);
                String dated = reply.map(r -> metaParser.dates().find(r).map(f -> r.substring(0, f.start())).orElse(""))
                        .orElse("").strip();
                named = dated;
                // A reply header that prints when and by whom on the next line holds the title alone: it names
                // the post once a second reply repeats it (one reply's own subject names nothing).
                String undated = reply.filter(r -> dated.isEmpty()).map(String::strip).orElse("");
                if (Text.letters(undated) >= 4 && undatedReplies.merge(undated, 1, Integer::sum) == 2) {
                    named = undated;
                }
            }
            if (Text.letters(named) >= 4) {
                return new Clues(List.of(named), clues.rawTitle(), clues.siteNames(), clues.lastCrumb());
            }
        }
        return clues;
    }

    private boolean isCandidate(String text, Line line) {
        int letters = Text.letters(text);
        boolean words = HAN.matcher(text).results().count() >= 4 || LATIN_WORDS.matcher(text).find();
        // A separator first is the rest of a menu that wrapped: "| 视频 专栏".
        boolean tagList = PIPE.matcher(text).results().count() >= 2 || text.startsWith("|") || text.startsWith("｜");
        return words && !tagList && letters >= 4 && text.length() <= MAX_LENGTH && !BreadcrumbParser.isBreadcrumbLine(text)
                && !ChromeRules.isChrome(text) && ChromeRules.keywords(text).isEmpty()
                && !ChromeRules.isTrailingHeading(text) && !ChromeRules.isListItem(text)
                && !metaParser.parse(line.raw()).isMeta() && !unlabelledMetaLine(text);
    }

    /**
     * A meta line without labels: a full date and time with a few words (the site, the outlet), or a date with
     * hardly anything else (a render date: "2026年3月5日 星期四").
     */
    private boolean unlabelledMetaLine(String text) {
        String line = Text.clean(text);
        return DatedLines.read(line, metaParser.dates(), DateParser.Context.NONE)
                .filter(dated -> dated.found().hasTime() && dated.found().hasYear()
                        || Text.letters(line) - Text.letters(line.substring(dated.found().start(), dated.found().end()))
                                <= DATE_LINE_LETTERS)
                .isPresent();
    }

    /** A meta line just below the headline is the strongest sign of it; one just above (date first) counts too. */
    private double metaAround(List<Line> lines, int index) {
        int seen = 0;
        for (int i = index + 1; i < lines.size() && seen < META_LOOKAHEAD; i++) {
            if (lines.get(i).clean().isEmpty()) {
                continue;
            }
            seen++;
            MetaLine meta = metaParser.parse(lines.get(i).raw());
            // A WeChat article prints its account ("微信号 …") under the headline where portals print the meta line.
            // The unlabelled reading is the costliest, so it is asked last.
            if (ACCOUNT_LINE.matcher(lines.get(i).clean()).find()
                    || meta.isMeta() && (meta.date() != null || meta.has(MetaField.SOURCE) || meta.has(MetaField.AUTHOR))
                    || unlabelledMetaLine(lines.get(i).clean())) {
                return seen == 1 ? 5 : 4;
            }
        }
        for (int i = index - 1; i >= 0 && i >= index - 2; i--) {
            MetaLine meta = metaParser.parse(lines.get(i).raw());
            if (meta.isMeta() && meta.date() != null) {
                return 1.5;
            }
        }
        return 0;
    }

    /** Pages that print a headline twice in one element (a hidden copy for another layout) show it once. */
    static String undoubled(String text) {
        int half = text.length() / 2;
        if (text.length() % 2 == 0 && half > 3 && text.substring(0, half).equals(text.substring(half))) {
            return text.substring(0, half);
        }
        String spaced = text.replaceAll("\\s+", " ");
        int mid = spaced.indexOf(' ', spaced.length() / 2 - 1);
        if (mid > 0 && spaced.substring(0, mid).equals(spaced.substring(mid + 1))) {
            return spaced.substring(0, mid);
        }
        return text;
    }
}
