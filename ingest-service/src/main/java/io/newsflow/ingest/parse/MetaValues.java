package io.newsflow.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts one labelled value out of a meta line: where it ends, and what around it is not part of it. */
final class MetaValues {

    // 〓 closes a forum's post footer ("〓发布时间 … by 张三〓"); what follows is a link after it.
    private static final Pattern VALUE_END = Pattern.compile("\\s{2,}|\\u3000|\\s*[|｜丨]|(?<=.)〓");
    private static final Pattern EDGE_BRACKETS = Pattern.compile("^[\\[【(（〔「『<《\\s]+|[\\]】)）〕」』>\\s〓]+$");
    private static final Pattern OPEN_BRACKETS = Pattern.compile("^[\\[【(（〔「『\\s]+");
    // A Han outlet name has no inner spaces; a word after a space is the next slot (a reporter, a tool link).
    private static final Pattern HAN_WORD = Pattern.compile("^([^\\s]*\\p{IsHan}[^\\s]*(?:\\s*[-—–·_]\\s*[^\\s]+)*)\\s");
    private static final Pattern NAME_STOP = Pattern.compile(
            "\\s*[（(]?\\s*(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|发表|發表|发布|發布|访问|訪問|来源|來源|出自|来自|來自|发自|發自)|[:：]");
    private static final Pattern REPORTER_PREFIX = Pattern.compile(
            "^(?:本报|本報|本刊|本台|本网|本網)?(?:实习|特约|特派|首席)?(?:记者|記者)\\s*");
    private static final Pattern NO_AUTHOR = Pattern.compile("^(?:未知|佚名|不详|不詳|匿名|无名|無名|admin|unknown)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_MORE = Pattern.compile("返回\\S{1,8}?[，,]?\\s*查看更多.*$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；！？]");
    private static final int MAX_HAN_AUTHOR_LETTERS = 24;
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:本站|本网|本網|网络|網絡|互联网|互聯網|原创|原創|转载|轉載|未知|佚名|不详|admin)");
    private static final Pattern MARKUP = Pattern.compile("^\\s*[a-zA-Z-]+\\s*=\\s*[\"']");
    private static final Pattern UNKNOWN = Pattern.compile("网络|網絡|互联网|互聯網|网上|網上|未知|不详|不詳");
    private static final Pattern GLUED_TOOL = Pattern.compile("(?<=..)(?:举报|舉報|打印|分享|收藏|纠错|糾錯|评论|評論|字号|字號|扫一扫|掃一掃|参与互动|參與互動)");
    private static final Pattern OUTLET_THEN_NAME = Pattern.compile(
            "^(\\p{IsHan}{2,}?(?:网|網|报|報|社|台|刊|客户端|客戶端))(\\p{IsHan}{2,3})$");
    private static final Pattern OUTLET_END = Pattern.compile("(?:网|網|报|報|社|台|刊|端|频道|頻道|版)$");
    private static final int MAX_NAME_LENGTH = 40;

    private MetaValues() {
    }

    static String clean(MetaField field, String rawValue, DateParser dates) {
        String trimmed = rawValue.stripLeading();
        Matcher end = VALUE_END.matcher(trimmed);
        String cut = end.find() ? trimmed.substring(0, end.start()) : trimmed;
        if (field == MetaField.SOURCE || field == MetaField.AUTHOR || field == MetaField.EDITOR) {
            cut = beforeDate(cut, dates);
        }
        if (field == MetaField.SOURCE) {
            cut = OPEN_BRACKETS.matcher(cut).replaceAll("");
            Matcher word = HAN_WORD.matcher(cut + " ");
            if (word.find()) {
                cut = word.group(1);
            }
            cut = outletOnly(cut);
        }
        if (field == MetaField.AUTHOR || field == MetaField.EDITOR) {
            cut = name(cut);
        }
        if (field == MetaField.SOURCE && isUnknown(Text.clean(EDGE_BRACKETS.matcher(cut).replaceAll("")))) {
            return "";
        }
        if (MARKUP.matcher(cut).find()) {
            return ""; // a template that printed its own markup (size="20") where the value should be
        }
        return Text.clean(EDGE_BRACKETS.matcher(cut).replaceAll(""));
    }

    /**
     * Text dumps glue the next slot to the source: a page tool ("…举报") or a reporter's name after the outlet
     * ("某某新闻网王帆"). Both are cut off.
     */
    static String outletOnly(String source) {
        Matcher tool = GLUED_TOOL.matcher(source);
        String cut = tool.find() ? source.substring(0, tool.start()) : source;
        Matcher name = OUTLET_THEN_NAME.matcher(cut);
        return name.matches() && !OUTLET_END.matcher(name.group(2)).find() ? name.group(1) : cut;
    }

    /** The poster's name printed before "发表于". */
    static Optional<String> poster(String prefix, DateParser dates) {
        if (dates.find(prefix).isPresent()) {
            return Optional.empty();
        }
        String[] words = Text.clean(prefix).split(" ");
        String last = words.length == 0 ? "" : name(words[words.length - 1]);
        return last.isEmpty() || Text.letters(last) == 0 ? Optional.empty() : Optional.of(last);
    }

    /** "来源：网络" says the text came from somewhere on the web: that names no source at all. */
    static boolean isUnknown(String source) {
        return UNKNOWN.matcher(source).matches();
    }

    /**
     * Whether a labelled author's value can name one: not "unknown" or "anonymous" (未知, 佚名), not a sentence that a
     * label happened to precede, not a lone letter.
     */
    static boolean couldBeAuthor(String value) {
        String v = value.strip();
        int letters = Text.letters(v);
        return letters >= 2 && !NO_AUTHOR.matcher(v).find() && !SENTENCE_MARK.matcher(v).find()
                && (letters <= MAX_HAN_AUTHOR_LETTERS || !v.matches(".*\\p{IsHan}.*"));
    }

    /** "余毅菁向雪妮返回搜狐，查看更多": a portal's link back to itself runs into the byline's names. */
    static String withoutReadMore(String value) {
        return READ_MORE.matcher(value).replaceFirst("").strip();
    }

    static boolean isPlaceholder(String source) {
        return PLACEHOLDER.matcher(source).find();
    }

    /** "Jane Doe, CNN": an all-capitals part of a Latin byline names the outlet or agency, not a person. */
    static String withoutAffiliation(String names) {
        if (!names.matches(".*\\p{IsLatin}.*") || names.matches(".*\\p{IsHan}.*")) {
            return names;
        }
        String[] parts = names.split("\\s*,\\s*");
        StringBuilder kept = new StringBuilder();
        for (String part : parts) {
            boolean affiliation = part.equals(part.toUpperCase()) && part.length() <= 8;
            if (!affiliation && !part.isBlank()) {
                kept.append(kept.length() == 0 ? "" : ", ").append(part);
            }
        }
        return kept.length() == 0 ? names : kept.toString();
    }

    private static String name(String value) {
        String cut = OPEN_BRACKETS.matcher(value).replaceAll("");
        Matcher stop = NAME_STOP.matcher(cut);
        if (stop.find()) {
            cut = cut.substring(0, stop.start());
        }
        cut = REPORTER_PREFIX.matcher(cut.strip()).replaceFirst("");
        if (cut.matches(".*[=\"<>{}].*") || cut.length() > MAX_NAME_LENGTH) {
            return "";
        }
        return withoutAffiliation(EDGE_BRACKETS.matcher(cut).replaceAll("").strip());
    }

    private static String beforeDate(String value, DateParser dates) {
        return dates.find(value).filter(f -> f.start() > 0).map(f -> value.substring(0, f.start())).orElse(value);
    }
}
