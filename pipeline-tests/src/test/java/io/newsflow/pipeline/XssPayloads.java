package io.newsflow.pipeline;

import java.util.List;

/**
 * Script injections as they turn up in scraped pages and partner submissions. Each one, if it ran, would set
 * {@code window.__xss}, which the browser checks read back.
 */
final class XssPayloads {

    static final String MARK = "window.__xss=1";

    /** Payloads for text and HTML fields: tags, event handlers, breakouts and encoded variants. */
    static final List<String> MARKUP = List.of(
            "<script>" + MARK + "</script>",
            "<img src=x onerror=\"" + MARK + "\">",
            "<svg onload=" + MARK + ">",
            "<svg><script>" + MARK + "</script></svg>",
            "<a href=\"javascript:" + MARK + "\">点击</a>",
            "<a href=\"jav&#x09;ascript:" + MARK + "\">制表符</a>",
            "<a href=\"&#106;&#97;vascript:" + MARK + "\">实体</a>",
            "<IMG SRC=JaVaScRiPt:" + MARK + ">",
            "<iframe src=\"javascript:" + MARK + "\"></iframe>",
            "<body onload=" + MARK + ">",
            "<details open ontoggle=" + MARK + ">x</details>",
            "<input autofocus onfocus=" + MARK + ">",
            "<div style=\"background:url(javascript:" + MARK + ")\" onmouseover=\"" + MARK + "\">悬停</div>",
            "\"><script>" + MARK + "</script>",
            "'><img src=x onerror=" + MARK + ">",
            "</title><script>" + MARK + "</script>",
            "</textarea><svg/onload=" + MARK + ">",
            "]]><script>" + MARK + "</script><![CDATA[",
            "--><script>" + MARK + "</script><!--",
            "<scr<script>ipt>" + MARK + "</scr</script>ipt>",
            "&lt;script&gt;" + MARK + "&lt;/script&gt;",
            "%3Cscript%3E" + MARK + "%3C%2Fscript%3E",
            "<noscript><p title=\"</noscript><img src=x onerror=" + MARK + ">\"></noscript>",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + MARK + "></style></mglyph></table></mtext></math>",
            "<object data=\"javascript:" + MARK + "\"></object>",
            "<form action=\"javascript:" + MARK + "\"><button formaction=\"javascript:" + MARK + "\">提交</button></form>",
            "<base href=\"javascript:" + MARK + "//\"><a href=\"/x\">基址</a>",
            "<embed src=\"data:text/html,<script>" + MARK + "</script>\">");

    /** Payloads for URL fields: schemes a link must never carry. */
    static final List<String> URLS = List.of(
            "javascript:" + MARK,
            "javascript://example.com/%0a" + MARK,
            "JaVaScRiPt://news.example.com/%0d%0a" + MARK,
            "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
            "vbscript://example.com/msgbox(1)",
            "https://example.com/\"><script>" + MARK + "</script>",
            "https://example.com/?q=<img src=x onerror=" + MARK + ">");

    private XssPayloads() {
    }

    /** JSON's own escape of {@code <}, so a payload can hide from byte-level filters. */
    static String unicodeEscaped(String payload) {
        return payload.replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
