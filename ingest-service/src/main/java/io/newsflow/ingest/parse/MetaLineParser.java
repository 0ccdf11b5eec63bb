package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "时间:… 来源:… 作者:…" style lines, where several labels often share one line, and the forms without a
 * colon: "发表于 …", "… 发布", "文/…", "by …", and a byline line alone ("本报记者 …").
 */
final class MetaLineParser {

    private static final String SEP = "\\s*[:：]";
    // Longer labels first so that 责任编辑 wins over 编辑 and 发布时间 over 时间. It is tried only where a label's first
    // character stands.
    private static final StartChars LABEL = new StartChars("发發更出刊上时時日文信資稿新本内內来來责責编編作记記撰执執阅閱浏瀏点點字选選审審校摄攝通评評分举舉BbPU",
            Pattern.compile("(?:(?:(?:发布|發布|發佈|发表|發表|发稿|發稿|更新|出版|刊发|刊發|上传|上傳)(?:时间|時間|日期)(?:" + SEP + "|\\s*(?=\\d))|(?:时间|時間|日期)" + SEP + ")"
                    + "|(?:文章|信息|資訊|稿件|新闻|新聞|本文|内容|內容)(?:来源|來源)(?:于|於)\\s*"
                    + "|(?:(?:文章|信息|資訊|稿件|新闻|新聞|本文|内容|內容)?(?:来源|來源)(?:于|於)?|稿源|出处|出處)(?:" + SEP
                    + "|\\s*[|｜丨]|\\s+(?=\\S))"
                    + "|(?:责任编辑|責任編輯|责编|責編|编辑|編輯)" + SEP
                    + "|(?:作者|记者|記者|撰文|撰稿人|撰稿|执笔人|執筆人|执笔|執筆|发文机关|發文機關)" + SEP
                    + "|(?:(?:阅读|閱讀|浏览|瀏覽|点击|點擊)[^:：\\s]{0,3}|字号|字號|选稿|選稿|审核|審核|校对|校對|摄影|攝影"
                    + "|通讯员|通訊員|评论|評論|分享|举报|舉報)" + SEP
                    + "|(?:发表于|發表於|发布于|發布於|發佈於|更新于|更新於)\\s*"
                    + "|(?<=[|｜丨]\\s?)(?:来源|來源|作者|责任编辑|責任編輯|责编|責編|编辑|編輯)(?=[^\\s:：|｜丨])"
                    + "|(?<=^|[\\s\\[【(（])(?:(?:文|执笔|執筆|撰文|作者|记者|記者|摄影|攝影)\\s*[/|｜丨]|[Bb]y\\s+(?=\\p{Lu}|\\p{IsHan}|\\w)"
                    + "|(?:Published|Updated|Posted)(?: on)?:?\\s+))"));
    // What may come before the first label: nothing, a bracket or a word such as 本文, or a date or time the parser
    // cannot place on its own ("05日09:40 作者：…").
    private static final Pattern START_PREFIX = Pattern.compile(
            "^(?:[\\[【(（〓]?(?:文章|本文|稿件|新闻|新聞|信息|消息|本报|本報)?|[\\d\\s年月日时時分:：/.-]{2,20})$");
    private static final Pattern TRAILING_PUBLISHED = Pattern.compile("^\\s*(?:发布|發布|發佈|发表|發表)");
    // "书名：…   作者：…": a label opening a slot of its own, after a hard separator, starts a meta field too.
    private static final Pattern SEGMENT_END = Pattern.compile("(?:\\s{2,}|\\u3000|[|｜])\\u0000");
    private static final Pattern HOST = Pattern.compile("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu)(?:\\.[a-z]{2})?\\b");
    private static final int MAX_META_LENGTH = 150;
    // "阅读862次", "--阅读 · --点赞 · --收藏": a counter's word with its number (or the dashes shown until a
    // script fills it in) on either side.
    private static final String COUNTED = "(?:浏览|瀏覽|阅读|閱讀|回应|回應|回复|回覆|推荐|推薦|引用|评论|評論|点击|點擊|人气|人氣"
            + "|喜欢|喜歡|点赞|點讚|收藏|转发|轉發)";
    private static final Pattern COUNTER = Pattern.compile("(?:\\d+|--)\\s*" + COUNTED + "|" + COUNTED
            + "\\s*[:：]?\\s*[(（]?\\s*(?:\\d+(?:\\.\\d+)?[万wk]?|--)\\s*[)）]?\\s*[次人条條]?");

    private static final int MAX_SEEN = 4096;

    private final DateParser dates;
    private final Map<String, MetaLine> seen = new ConcurrentHashMap<>();

    MetaLineParser(DateParser dates) {
        this.dates = dates;
    }

    DateParser dates() {
        return dates;
    }

    /** Readers ask about the same lines many times while they look for the headline; the answer is kept. */
    MetaLine parse(String raw) {
        if (raw == null || RelativeDates.mayBeRelative(raw)) {
            return parse(raw, DateParser.Context.NONE);
        }
        MetaLine known = seen.get(raw);
        if (known != null) {
            return known;
        }
        if (seen.size() > MAX_SEEN) {
            seen.clear();
        }
        MetaLine meta = parse(raw, DateParser.Context.NONE);
        seen.put(raw, meta);
        return meta;
    }

    MetaLine parse(String raw, DateParser.Context context) {
        if (raw == null || visibleChars(raw) > MAX_META_LENGTH) {
            return MetaLine.NONE;
        }
        String line = normalizeSpaces(raw).strip();
        if (line.isEmpty() || Text.clean(line).length() > MAX_META_LENGTH || ChromeRules.isFooter(line)) {
            return MetaLine.NONE;
        }
        List<DateParser.Found> found = dates.findAll(line, context);
        List<int[]> labels = LABEL.findAll(line).stream().map(m -> new int[] {m.start(), m.end()})
                .filter(label -> !byWithoutDate(line, label[0], label[1], found)).toList();
        Optional<DateParser.Found> anyDate = found.stream().findFirst();
        if (labels.isEmpty()) {
            return withoutLabel(line, found);
        }
        String prefix = line.substring(0, labels.get(0)[0]);
        boolean atStart = START_PREFIX.matcher(prefix.strip()).matches();
        if (!atStart && labels.size() < 2 && anyDate.isEmpty() && !SEGMENT_END.matcher(prefix + "\u0000").find()) {
            return MetaLine.NONE;
        }
        Map<MetaField, String> values = new EnumMap<>(MetaField.class);
        DateParser.Found labelled = null;
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            MetaField field = MetaField.ofLabel(line.substring(label[0], label[1]).replaceAll("[\\s:：/|｜丨]", ""));
            if (field == MetaField.TIME && labelled == null) {
                labelled = found.stream().filter(f -> f.start() >= label[1] && f.start() <= label[1] + 2)
                        .findFirst().orElse(null);
            }
            String value = MetaValues.clean(field, line.substring(label[1], end), dates);
            if (!values.containsKey(field) || values.get(field).isEmpty()) {
                values.put(field, value);
            }
        }
        if (!atStart && !values.containsKey(MetaField.AUTHOR) && !prefix.contains("：") && !prefix.contains(":") && MetaField.ofLabel(
                line.substring(labels.get(0)[0], labels.get(0)[1]).trim()) == MetaField.TIME) {
            // "张三 发表于 2005-01-02": a poster's name before the time label.
            MetaValues.poster(prefix, dates).ifPresent(name -> values.put(MetaField.AUTHOR, name));
        }
        Bylines.poster(line).ifPresent(name -> values.putIfAbsent(MetaField.AUTHOR, name));
        if (labelled == null) {
            labelled = trailingPublished(line, found);
        }
        DateParser.Found date = labelled != null ? labelled : anyDate.orElse(null);
        return new MetaLine(true, values, date, labelled != null);
    }

    private MetaLine withoutLabel(String line, List<DateParser.Found> found) {
        Optional<String> byline = Bylines.lineByline(line);
        if (byline.isPresent()) {
            return new MetaLine(true, Map.of(MetaField.AUTHOR, byline.get()), null, false);
        }
        if (found.isEmpty()) {
            return MetaLine.NONE;
        }
        DateParser.Found first = found.get(0);
        Optional<String> poster = Bylines.poster(line);
        DateParser.Found trailing = trailingPublished(line, found);
        if (poster.isPresent() || trailing != null) {
            Map<MetaField, String> values = new EnumMap<>(MetaField.class);
            poster.ifPresent(name -> values.put(MetaField.AUTHOR, name));
            return new MetaLine(true, values, trailing != null ? trailing : first, trailing != null);
        }
        return dateOnly(line, first) ? new MetaLine(true, Map.of(), first, false) : MetaLine.NONE;
    }

    /** "by" inside a line credits someone only after the post's date ("2005/05/17 22:11 by 张三"), or opening it. */
    private static boolean byWithoutDate(String line, int start, int end, List<DateParser.Found> found) {
        String label = line.substring(start, end).trim();
        if (!label.equalsIgnoreCase("by")) {
            return false;
        }
        return start > 0 ? found.stream().noneMatch(f -> f.end() <= start) : !label.equals("By");
    }

    /** "2024-05-20 10:00 发布": the label after the value. */
    private static DateParser.Found trailingPublished(String line, List<DateParser.Found> found) {
        return found.stream().filter(f -> TRAILING_PUBLISHED.matcher(line.substring(f.end())).find())
                .findFirst().orElse(null);
    }

    /** A line that is nothing but a date (plus a weekday or a short word such as 发表于). */
    private static boolean dateOnly(String line, DateParser.Found found) {
        // A portal's host name beside the date ("AUTO.EXAMPLE.COM 2005年05月13日14:15") is no text either.
        String rest = HOST.matcher(line.substring(0, found.start()) + " " + line.substring(found.end())).replaceAll("");
        // Counters beside the date ("瀏覽128｜回應3") are no text either.
        rest = COUNTER.matcher(rest).replaceAll("");
        return Text.letters(rest.replaceAll("星期.|周.|[:：]", "")) <= 4;
    }

    /** A cheap upper bound check: the cleaned line is at least as long as its non-space characters. */
    private static int visibleChars(String raw) {
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (!Character.isWhitespace(raw.charAt(i)) && !Character.isSpaceChar(raw.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** NBSP and friends become plain spaces so that "two or more spaces" ends a value; U+3000 is kept as a hard separator. */
    private static String normalizeSpaces(String raw) {
        char[] chars = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\t') {
                if (chars == null) {
                    chars = raw.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? raw : new String(chars);
    }
}
