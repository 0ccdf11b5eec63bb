package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reporter and poster credits printed without a colon label: "本报记者 张三", "（记者 张三 李四）", "由张三张贴". */
final class Bylines {

    private static final String NAMES = "([\\p{IsHan}·]{2,4}(?:[ 、，,和及]+[\\p{IsHan}·]{2,4}){0,5})";
    private static final String REPORTER = "(?:(?:本报|本報|本刊|本台|本网|本網)?(?:实习|實習|特约|特約|特派|首席)?(?:记者|記者)"
            + "|(?:本报|本報|本刊|本台|本网|本網)(?:实习生|實習生|通讯员|通訊員))\\s*";
    private static final String CREDIT_TAIL = "\\s*(?:(?:通讯员|通訊員|实习生|實習生)\\s*[\\p{IsHan}·、 ]{2,20})?\\s*(?:报道|報道|摄影|攝影|摄|攝)?[)）】\\]]?$";
    private static final Pattern REPORTER_LABEL = Pattern.compile("^" + REPORTER + "(?=[\\p{IsHan}·]{2,4}$)");
    private static final Pattern LINE = Pattern.compile("^[（(【\\[]?" + REPORTER + NAMES + CREDIT_TAIL);
    // "本报记者张三李四王五": the paper's own reporters, names run together.
    private static final Pattern LINE_RUN = Pattern.compile(
            "^[（(【\\[]?(?:本报|本報|本刊|本台|本网|本網)(?:(?:实习|實習|特约|特約|特派|首席)?(?:记者|記者)|实习生|實習生|通讯员|通訊員)"
                    + "\\s*([\\p{IsHan}·]{2,12})" + CREDIT_TAIL);
    private static final Pattern ROLE_WORD = Pattern.compile("^(?:通讯员|通訊員|实习生|實習生|报道|報道|摄影|攝影|摄|攝)");
    // "（张三）" alone at an article's end credits its writer; an outlet or "（完）" is not a name.
    private static final Pattern PARENTHESISED = Pattern.compile("^[（(]\\s*([\\p{IsHan}·]{2,4})\\s*[)）]$");
    private static final Pattern NOT_A_NAME = Pattern.compile("[社网網报報台刊图圖完续續文组組部局委办辦会會院所司处處团團页頁栏欄区區站馆館闻聞]$|^(?:本报|本報|原创|原創|记者|記者|编辑|編輯|通讯|通訊)");
    // A names-only line ("张三", "张三、李四") right under the headline, as essays and literature sites print it.
    private static final Pattern NAMES_ONLY = Pattern.compile("^" + NAMES + "$");
    // Inside one credit, a second role may name its own reporters: "（实习记者 张三 李四 记者王五）".
    private static final String CREDITED_NAMES = "([\\p{IsHan}·]{2,4}(?:[ 、，,和及]+(?:" + REPORTER + ")?[\\p{IsHan}·]{2,4}){0,5})";
    private static final Pattern IN_PROSE = Pattern.compile(
            "^.{0,40}?[（(]" + REPORTER + CREDITED_NAMES + "\\s*(?:[)）]|通讯员|通訊員|实习生|實習生)|^" + REPORTER + NAMES + "\\s+(?:报道|報道)");
    private static final Pattern WEN = Pattern.compile("^[（(【\\[]?文\\s*[/|｜丨]\\s*" + NAMES + "(?![\\p{IsHan}])");
    private static final Pattern POSTER = Pattern.compile(
            // "于" alone would take "由…改建的园区于11月开园" for a poster: a posting needs its verb after the time.
            "(?:^|[\\s〓])(?:本贴|本帖|此贴|此帖)?由\\s*([^\\s于於@，,。]{1,20}?)\\s*"
                    + "(?:(?:于|於)\\s*[\\d\\s/:.年月日-]{4,25}[^。，,]{0,15}?(?:张贴|張貼|发表|發表|发布|發布|@)|张贴|張貼|发表|發表|@)"
                    + "|(?:发帖人|發帖人|楼主|樓主|发贴人|Posted by)[:：]?\\s*([^\\s]{1,20})");
    private static final int MAX_BYLINE_LENGTH = 40;

    private Bylines() {
    }

    /** A line that is nothing but a reporter credit. */
    static Optional<String> lineByline(String line) {
        String clean = Text.clean(line);
        if (clean.length() > MAX_BYLINE_LENGTH) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(clean);
        if (m.matches()) {
            return Optional.of(names(m.group(1)));
        }
        m = LINE_RUN.matcher(clean);
        if (m.matches()) {
            return Optional.of(Surnames.split(m.group(1)));
        }
        m = PARENTHESISED.matcher(clean);
        return m.matches() && !NOT_A_NAME.matcher(m.group(1)).find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A line of nothing but one to a few personal names. */
    static Optional<String> namesOnly(String line) {
        String clean = Text.clean(line);
        Matcher m = NAMES_ONLY.matcher(clean);
        if (!m.matches() || ChromeRules.isChrome(clean)) {
            return Optional.empty();
        }
        String names = names(m.group(1));
        for (String name : names.split(" ")) {
            if (NOT_A_NAME.matcher(name).find() || !Surnames.couldBePersonalName(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(names);
    }

    /** A credit at the start of a paragraph: "本报讯（记者 张三）…", "文/张三". */
    static Optional<String> inProse(String line) {
        String clean = Text.clean(line);
        Matcher m = IN_PROSE.matcher(clean);
        if (m.find()) {
            return Optional.of(names(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        m = WEN.matcher(clean);
        return m.find() ? Optional.of(names(m.group(1))) : Optional.empty();
    }

    /** A forum or blog poster: "由张三张贴 @ …", "本贴由张三于…发表". */
    static Optional<String> poster(String line) {
        Matcher m = POSTER.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return Text.letters(name) == 0 ? Optional.empty() : Optional.of(name);
    }

    private static String names(String run) {
        // "实习记者 张三 李四 记者王五": a second credit's label runs into its name.
        return Arrays.stream(run.split("[ 、，,和及]+")).filter(s -> !s.isBlank()).takeWhile(s -> !ROLE_WORD.matcher(s).find())
                .map(s -> REPORTER_LABEL.matcher(s).replaceFirst("")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
