package io.newsflow.publish.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsTextMarkupAndLinksAndDropsScriptsAndHandlers() {
        String clean = SafeHtml.basic("<p onclick=\"steal()\">晚报<b>消息</b><script>alert(1)</script>"
                + "<a href=\"https://example.org/a\">原文</a><img src=x onerror=alert(2)></p>");

        assertThat(clean).contains("<b>消息</b>", "<a href=\"https://example.org/a\"", "原文")
                .doesNotContain("script", "onclick", "onerror", "alert");
    }

    @Test
    void givesTheSameAnswerForTheSameBodyAskedAgain() {
        String body = "<p>第一段<i>注</i></p><iframe src=\"https://ads.example\"></iframe>";

        String first = SafeHtml.basic(body);
        String again = SafeHtml.basic(new String(body.toCharArray()));

        assertThat(again).isEqualTo(first).doesNotContain("iframe");
    }

    @Test
    void treatsNoBodyAsEmpty() {
        assertThat(SafeHtml.basic(null)).isEmpty();
        assertThat(SafeHtml.basic("")).isEmpty();
    }
}
