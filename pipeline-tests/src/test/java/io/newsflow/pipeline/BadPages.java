package io.newsflow.pipeline;

import static io.newsflow.pipeline.BadArticles.pick;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Pages for {@code POST /api/pages}: portal pages laced with payloads, and pages broken in every way. */
final class BadPages {

    static final Charset GBK = Charset.forName("GBK");
    private static final List<String> TAGS = List.of("<div>", "</div>", "<p", "</p>", "<table><tr><td>", "</td>",
            "<!--", "-->", "<![CDATA[", "]]>", "<a href=\"", "\">", "<", "</>", "<h1>", "</h2>", "<title>",
            "<script>", "<style>", "</html>", "<body", "<meta charset=", "&#", "&amp", "<br/>", "<img src=");
    private static final List<String> WORDS = List.of("新闻", "长宁", "来源:", "作者", "2021-10-15", "首页 >", "x");

    private BadPages() {
    }

    /** A portal page with payloads in the title, breadcrumb, meta line and body; valid, so it is accepted. */
    static String hostileHtml(int index, Random random) {
        String p = pick(XssPayloads.MARKUP, random);
        String q = pick(XssPayloads.MARKUP, random);
        String escaped = escape(p);
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escaped + " 长宁新闻 " + index
                + "</title><meta name=\"author\" content=\"" + q.replace("\"", "&quot;") + "\">"
                + "<meta property=\"og:title\" content=\"" + escaped.replace("\"", "&quot;") + " 长宁新闻 " + index
                + "\"></head><body onload=\"" + XssPayloads.MARK + "\">"
                + "<div class=\"breadcrumb\"><a href=\"javascript:" + XssPayloads.MARK + "\">首页</a> &gt; "
                + "<a href=\"/gn/\">国内新闻</a> &gt; <a href=\"/sh/\">" + escaped + "</a></div>"
                + "<h1>" + escaped + " 长宁新闻 " + index + "</h1>"
                + "<div class=\"info\">时间:2021-10-15 15:08:02  来源:" + escaped + "  作者:" + escape(q) + "</div>"
                + "<div class=\"content\"><p>" + escape(q) + BadArticles.BODY + "</p><p>" + escaped + " 第" + index
                + "段:" + BadArticles.BODY + "</p>"
                // Raw payloads last: an unclosed comment or raw-text element in them swallows what follows.
                + p + q + "</div></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The same as a text dump of the rendered page, payloads as the text a reader saw. */
    static String hostileText(int index, Random random) {
        String p = pick(XssPayloads.MARKUP, random);
        String q = pick(XssPayloads.MARKUP, random);
        return "• 您当前的位置:首页 > 国内新闻 > " + q + " > " + p + " 长宁新闻 " + index + "\n  • " + p + " 长宁新闻 "
                + index + "\n\n    时间:2021-10-15 15:08:02  来源:" + q + "  作者:" + p + "\n\n    " + q
                + BadArticles.BODY + "\n\n    " + p + BadArticles.BODY + index + "\n";
    }

    /** A page with nothing but a payload: mostly no headline or too little text to be an article. */
    static String payloadOnly(Random random) {
        String p = pick(XssPayloads.MARKUP, random);
        return random.nextBoolean() ? "<html><head><title>" + p + "</title></head><body>" + p + "</body></html>" : p;
    }

    /** Tag soup with a few words: never enough text for an article (422). */
    static String tagSoup(Random random) {
        StringBuilder page = new StringBuilder();
        int parts = 5 + random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            page.append(random.nextInt(8) == 0 ? pick(WORDS, random) : pick(TAGS, random));
        }
        return page.toString();
    }

    /** A hostile page cut off in its first half, before most of its body. */
    static String truncated(int index, Random random) {
        String page = random.nextBoolean() ? hostileHtml(index, random) : hostileText(index, random);
        return page.substring(0, 1 + random.nextInt(page.length() / 2));
    }

    /** Elements nested thousands deep around an otherwise valid article. */
    static String deeplyNested(int index, Random random) {
        int depth = pick(List.of(1_000, 5_000, 20_000), random);
        String tag = pick(List.of("div", "span", "b", "table", "li"), random);
        return "<html><body>" + ("<" + tag + ">").repeat(depth) + hostileHtml(index, random)
                + (random.nextBoolean() ? ("</" + tag + ">").repeat(depth) : "") + "</body></html>";
    }

    /** NUL and control characters, lone surrogates and noncharacters sprinkled through a page. */
    static String controlCharacters(int index, Random random) {
        StringBuilder page = new StringBuilder(hostileHtml(index, random));
        String[] junk = {"\u0000", "\u0001", "\u001b[31m", "\uFFFF", "\uFEFF", "\u202E", "\uDBFF\uDFFF"};
        for (int i = 0; i < 20; i++) {
            page.insert(random.nextInt(page.length()), junk[random.nextInt(junk.length)]);
        }
        return page.toString();
    }

    /** Bytes that are no text in any charset, or text in no charset that fits. */
    static byte[] garbage(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(8192)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** UTF-8 text with sequences that are invalid in UTF-8: overlong forms, surrogates, stray continuations. */
    static byte[] invalidUtf8(int index, Random random) {
        byte[] page = hostileHtml(index, random).getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8},
            {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF, (byte) 0xFE}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(page.length);
        byte[] result = new byte[page.length + insert.length];
        System.arraycopy(page, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(page, at, result, at + insert.length, page.length - at);
        return result;
    }
}
