package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises page furniture (share bars, footers, related lists) that must never reach the body. */
final class ChromeRules {

    private static final Pattern TRAILING_HEADING = Pattern.compile(
            "^(最近更新|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章"
                    + "|猜你喜欢|猜你喜歡|延伸阅读|延伸閱讀|热点新闻|熱點新聞|更多新闻|更多新聞"
                    + "|相关链接|相關連結|相关报道|相關報道|相关专题|相關專題|更多报道|更多報道|往期回顾|热门文章|熱門文章"
                    // "推荐阅读", "编辑推荐", "本周主编推荐": a short heading with 推荐 heads a list of other stories.
                    + "|.{0,6}(?:推荐|推薦)|你可能还想看|你可能還想看|你可能也喜欢|你可能也喜歡|大家都在看|更多精彩|热门资讯|熱門資訊|You may also like"
                    // Reader comments under the article.
                    + "|最热评论|最熱評論|最新评论|最新評論|热门评论|熱門評論|精彩评论|精彩評論|全部评论|全部評論|网友评论|網友評論"
                    + "|评论|評論|评论区|評論區|热门跟帖|最新跟帖|网友跟帖|最新留言|读者留言|讀者留言|Comments)(?:\\s*[:：>»]?.{0,6})$");
    // "《…》已有3件评论", "共 11 条评论": the count that heads the readers' comments.
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "(?:已有|共有|共)\\s*\\d+\\s*(?:件|条|條|篇|个|個)?\\s*(?:评论|評論|回复|回覆|留言)\\s*$");
    private static final int MAX_COMMENT_COUNT_LINE = 60;
    private static final Pattern KEYWORDS = Pattern.compile(
            "^[\\[【]?(关键词|关键字|關鍵詞|關鍵字|标签|標籤|Tags?|TAGS?)\\s*(?:[:：]|[\\]】])\\s*(.*)$");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("[\\s,，、;；]+");
    private static final StartChars FOOTER = new StartChars("版C©I公生不仅僅o未禁严嚴请請谢謝转轉", Pattern.compile(
            "版权所有|版權所有|Copyright|©|ICP备|ICP證|ICP证|公网安备|公網安備|生成时间|生成時間|不良信息举报"
                    // Platforms that host self-media close every post with the same disclaimer.
                    + "|仅提供信息存储服务|僅提供信息存儲服務|only provides information storage services"
                    // The reprint notice under a story.
                    + "|未经.{0,12}(?:授权|許可|许可|授權).{0,12}(?:转载|轉載|使用)|(?:禁止|严禁|嚴禁|请勿|請勿|谢绝|謝絕)(?:转载|轉載)"
                    + "|(?:转载|轉載)[^。]{0,6}(?:注明|註明)(?:出处|出處|来源|來源)|^(?:版权声明|版權聲明)[:：]"));
    // The prompt to scan a QR code.
    private static final Pattern ACCOUNT_FURNITURE = Pattern.compile("扫描二维码|掃描二維碼|微信扫一扫|微信掃一掃"
            // A widget still loading, and the link that unfolds the rest of the text.
            + "|加载中|加載中|请刷新|請刷新|(?:阅读|閱讀|展开|展開|查看)(?:剩余|剩餘)?全文");
    // An image's file name, all a dump shows of it.
    private static final Pattern IMAGE_FILE = Pattern.compile("^\\S{0,80}\\.(?:png|jpe?g|gif|webp|bmp)$", Pattern.CASE_INSENSITIVE);
    // A WeChat account's self-description under its name, however long.
    private static final Pattern ACCOUNT_BLURB = Pattern.compile("^(?:功能介绍|功能介紹)");
    // An image's or video's caption, labelled as such.
    private static final Pattern CAPTION = Pattern.compile("^(?:Image|Media|Video) (?:caption|source)\\b|^(?:图片|圖片|视频|視頻)(?:说明|說明)[:：]");
    private static final Pattern PAGE_TOOLS = Pattern.compile(
            "分享到|分享至|扫码分享|掃碼分享|打印本页|打印本頁|关闭窗口|關閉窗口|收藏本页|返回顶部|返回頂部|上一篇|下一篇|【打印】|【关闭】|\\[打印]|\\[关闭]"
                    + "|字号[:：]|字號[:：]|扫一扫|掃一掃|纠错|我要纠错|发表评论|發表評論|我要评论|我要評論|查看评论|网友评论|網友評論"
                    + "|(?:网址|網址)\\s*[:：]\\s*(?:https?://|www\\.)|我来说两句|字体[:：]"
                    // A read-aloud button.
                    + "|语音播报|語音播報|听新闻|聽新聞|朗读全文|朗讀全文");
    // "本文链接：https://…": the page's own address printed with the text.
    private static final Pattern OWN_LINK = Pattern.compile("^(?:本文|原文|文章)(?:链接|鏈接|地址)\\s*[:：]\\s*(?:https?://|www\\.)\\S+$");
    // "【推荐】【打印】【关闭】": a row of bracketed page tools, however long.
    private static final Pattern TOOL_ROW = Pattern.compile("(?:【[^】]{1,12}】\\s*){3,}");
    private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s/|｜、]+");
    private static final Set<String> SHARE_WORDS = Set.of("分享", "微信", "微博", "新浪微博", "腾讯微博", "QQ", "QQ空间",
            "朋友圈", "豆瓣", "人人网", "复制链接", "打印", "关闭", "收藏", "小", "中", "大", "【打印】", "【关闭】",
            "分享:", "分享：", "Facebook", "Twitter", "LINE", "Line");
    // A headline followed (or preceded) by its date is a related-news entry, not prose.
    private static final String LIST_DATE = "(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|\\d{1,2}[-/月]\\d{1,2}日?)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?";
    private static final Pattern LIST_END = Pattern.compile("^(.{4,60}?)\\s*[\\[(（【]?" + LIST_DATE + "[\\])）】]?$");
    private static final Pattern LIST_START = Pattern.compile("^[\\[(（【]?" + LIST_DATE + "[\\])）】]?\\s+(.{4,60})$");
    // Aggregators print the headline the story first ran under; it is not part of the text.
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^[（(\\[【]?\\s*原(?:标题|標題)\\s*[:：].{2,120}$");
    // A reader's reply under a post repeats its title: "# re: …", "回复：…".
    private static final Pattern REPLY = Pattern.compile("^#?\\s*(?:[Rr][Ee]|回复|回覆)\\s*[:：]");
    private static final Pattern NAV_SPLIT = Pattern.compile("[\\s|｜]+");

    private ChromeRules() {
    }

    static boolean isTrailingHeading(String clean) {
        return TRAILING_HEADING.matcher(clean).matches()
                || (clean.length() <= MAX_COMMENT_COUNT_LINE && COMMENT_COUNT.matcher(clean).find());
    }

    /** Keyword values when the line is a 关键词/标签 line, so they survive even though the line is dropped. */
    static Optional<List<String>> keywords(String clean) {
        Matcher m = KEYWORDS.matcher(clean);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(KEYWORD_SPLIT.split(m.group(2)))
                .map(Text::clean).filter(s -> !s.isEmpty()).toList());
    }

    static boolean isFooter(String text) {
        return FOOTER.find(text);
    }

    static boolean isChrome(String clean) {
        if (isFooter(clean) || ORIGINAL_TITLE.matcher(clean).matches() || TOOL_ROW.matcher(clean).find()
                || CAPTION.matcher(clean).find() || IMAGE_FILE.matcher(clean).matches() || ACCOUNT_BLURB.matcher(clean).find()
                || OWN_LINK.matcher(clean).matches()) {
            return true;
        }
        if (clean.length() <= 40 && (PAGE_TOOLS.matcher(clean).find() || ACCOUNT_FURNITURE.matcher(clean).find())) {
            return true;
        }
        return isShareBar(clean) || isNavBar(clean);
    }

    /** The header of a reader's reply, which repeats the post's title after "re:". */
    static boolean isReplyHeader(String clean) {
        return REPLY.matcher(clean).find();
    }

    /** What a reply header says after its "re:" label: the post's title, then when and by whom. */
    static Optional<String> replyTitle(String clean) {
        Matcher m = REPLY.matcher(clean);
        return m.find() ? Optional.of(clean.substring(m.end())) : Optional.empty();
    }

    static boolean isListItem(String clean) {
        Matcher end = LIST_END.matcher(clean);
        if (end.matches()) {
            return !end.group(1).contains("。");
        }
        Matcher start = LIST_START.matcher(clean);
        return start.matches() && !start.group(1).contains("。");
    }

    private static boolean isShareBar(String clean) {
        if (clean.length() > 40) {
            return false;
        }
        String[] tokens = SHARE_SEPARATORS.split(clean);
        return Arrays.stream(tokens).allMatch(SHARE_WORDS::contains)
                && Arrays.stream(tokens).anyMatch(t -> t.contains("微") || t.contains("分享") || t.contains("QQ"));
    }

    /** "首页 | 新闻 | 体育 | 财经": many very short tokens and no sentence punctuation. */
    private static boolean isNavBar(String clean) {
        if (clean.matches(".*[,,。;;!!??].*")) {
            return false;
        }
        if (Text.letters(clean.replaceAll("[^\\p{IsHan}]", "")) * 2 < Text.letters(clean) && !clean.contains("|")) {
            return false;
        }
        String[] tokens = NAV_SPLIT.split(clean);
        return tokens.length >= 4 && Arrays.stream(tokens).allMatch(t -> t.length() <= 6);
    }
}
