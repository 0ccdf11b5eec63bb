package io.newsflow.enrich.nlp;

import java.util.regex.Pattern;

/**
 * The lines of a news body that are not its story: headings, datelines, credits, image captions, and the
 * 导语-style labels in front of a lead. An editor never puts these in a summary.
 */
final class NewsLines {

    private static final String END_MARKS = "。！？!?.…";
    private static final String CLOSERS = "”’」』）)》\"'";
    private static final int HEADING_CHARS = 40;
    private static final int HEADING_WORDS = 15;
    private static final int META_CHARS = 80;

    private static final String REPORTER = "[（(](?:本报)?(?:特约|实习|首席)?(?:记者|通讯员|实习生|报道员)[^）)]{0,60}[）)]";
    // 新华社北京11月2日电, 本报上海11月2日讯, 中新网11月2日电, 本报讯, each optionally followed by its reporters.
    private static final Pattern ZH_DATELINE = Pattern.compile("^(?:(?:[\\p{IsHan}]{1,8}?(?:社|网|報|报|台|刊|端|新闻|新聞))"
            + "[\\p{IsHan}]{0,8}?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:电|電|讯|訊)|本[报報刊台网][\\p{IsHan}]{0,6}?[讯訊])"
            + "\\s*(?:" + REPORTER + ")?[\\s:：,，—-]*|^" + REPORTER + "[\\s:：,，—-]*");
    // LONDON, Nov. 2 (Reuters) -   /   NEW YORK (AP) —
    private static final Pattern EN_DATELINE = Pattern.compile("^[A-Z][A-Z.'-]+(?:\\s[A-Z][A-Z.'-]+){0,3}"
            + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?(?:,\\s*\\d{4})?\\s*(?:\\([A-Z][A-Za-z]*(?:\\s[A-Z][A-Za-z]*){0,3}\\))?"
            + "\\s*[-—–]+\\s+");
    private static final Pattern DATE_TIME = Pattern.compile("^(?:(?:发布|發佈|更新|时间|時間|日期|Published|Updated|Posted)"
            + "\\s*[:：]?\\s*)?(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},\\s+\\d{4}"
            + "|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\s+\\d{4})(?:\\s*(?:星期|周|週)[一二三四五六日天])?(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}"
            + "(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?[\\s|｜丨]*");
    private static final Pattern CREDIT = Pattern.compile("^[【\\[（(]?\\s*(?:(?:责任编辑|責任編輯|责编|責編|编辑|編輯|来源|來源"
            + "|稿件来源|文章来源|本文来源|图片来源|圖片來源|图源|作者|记者|記者|通讯员|通訊員|摄影|攝影|摄像|校对|校對|审核|審核|审校"
            + "|监制|監製|制作|製作|策划|策劃|统筹|統籌|编审|主编|主編|出品|原标题|原標題)\\s*[:：|｜/]|(?:记者|記者|通讯员|通訊員)\\s"
            + "|[文图圖](?:\\s*/\\s*[文图圖])?\\s*[/|｜])|(?:摄|攝|供图|供圖|新华社发|新華社發|视觉中国|視覺中國)\\s*[）)】\\]]?$"
            + "|^[（(【\\[]?\\s*(?:完|全文完|END|End|end)\\s*[）)】\\]]?$|^[-—]+\\s*完\\s*[-—]+$"
            + "|^\\(?(?:Editor|Edited by|Editing by|Reporting by|Writing by|Additional reporting|Source|Photo|Photograph|Credit"
            + "|Copyright)\\b|^©");
    private static final Pattern CAPTION = Pattern.compile("^(?:[▲△↑↓▼▽◆■●]|(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图"
            + "|右圖|资料图|資料圖|视频截图|視頻截圖|图片说明|圖片說明|图注|圖註)|[（(【\\[]?[图圖]\\s*\\d*\\s*[：:）)】\\]]"
            + "|(?:Photo|Pictured|Image|Caption|Above|Top|Below|Left|Right)\\s*[:：]|\\((?:Photo|Image|File photo)\\b)");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[【\\[（(]\\s*(?:导语|導語|导读|導讀|摘要|核心提示|内容提要|內容提要"
            + "|提要)\\s*[】\\]）)]\\s*[:：]?|(?:导语|導語|导读|導讀|摘要|核心提示|内容提要|內容提要|提要|Summary|Key points)\\s*[:：])\\s*");

    private NewsLines() {
    }

    /** A short line that does not end a sentence: a title, subheading or section label. */
    static boolean isHeading(String line) {
        String text = line.strip();
        if (endsSentence(text)) {
            return false;
        }
        return latin(text) ? text.split("\\s+").length <= HEADING_WORDS : text.length() <= HEADING_CHARS;
    }

    /** A dateline, a date, a credit or an image caption, with nothing of the story in it. */
    static boolean isMeta(String text) {
        String rest = DATE_TIME.matcher(text.strip()).replaceFirst("");
        rest = stripDateline(rest);
        if (rest.isEmpty() || rest.chars().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        return rest.length() <= META_CHARS && CREDIT.matcher(rest).find() || CAPTION.matcher(rest).find();
    }

    /** The paragraph without a 导语/导读/摘要/核心提示 label in front of it. */
    static String stripLabel(String paragraph) {
        return LABEL.matcher(paragraph).replaceFirst("");
    }

    /** The paragraph without the dateline (and its reporters) it opens with. */
    static String stripDateline(String paragraph) {
        String text = paragraph.strip();
        String rest = ZH_DATELINE.matcher(text).replaceFirst("");
        return (rest.length() < text.length() ? rest : EN_DATELINE.matcher(text).replaceFirst("")).strip();
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && END_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    /** Written in a Latin script: no Han, kana or Hangul in it. */
    static boolean latin(String text) {
        return text.codePoints().noneMatch(NewsLines::cjk);
    }

    static boolean cjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
