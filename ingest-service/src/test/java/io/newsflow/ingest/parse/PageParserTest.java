package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageParserTest {

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    @Test
    void rejectsHtmlWithoutAnyHeadline() {
        assertThatThrownBy(() -> parser.parse("<html><body><p></p></body></html>", true, "https://x.test/a"))
                .isInstanceOf(NotAnArticleException.class).hasMessageContaining("no headline").hasMessageContaining("https://x.test/a");
    }

    @Test
    void rejectsPageWhoseBodyIsTooShort() {
        String dump = "当前位置:首页 > 公告\n停电通知\n时间:2026-01-05\n明天停电。\n";
        assertThatThrownBy(() -> parser.parse(dump, false, null))
                .isInstanceOf(NotAnArticleException.class).hasMessageContaining("body has only");
    }

    @Test
    void rejectsTextDumpOfHeadlineList() {
        String dump = "首页 | 新闻 | 体育 | 财经\n本地要闻\n滨江新区启用首座智能公交枢纽 03-12\n"
                + "老城区再添三处口袋公园 03-11\n江城地铁五号线开始试运行 03-10\n多地出台措施促进春季消费 03-09\n";
        assertThatThrownBy(() -> parser.parse(dump, false, null)).isInstanceOf(NotAnArticleException.class);
    }

    @Test
    void rejectsAJsonArticlePostedAsAPage() {
        String json = "{\"title\":\"长宁新闻\",\"bodyHtml\":\"<p>第一段文字内容足够长，用于验证以页面提交的JSON文档会被拒绝，而不是被当作网页读取。</p>\"}";
        assertThatThrownBy(() -> parser.parse(json, true, null)).isInstanceOf(NotAnArticleException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void rejectsBlankContent() {
        assertThatThrownBy(() -> parser.parse("  ", true, null)).isInstanceOf(NotAnArticleException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void collapsesWhitespaceInsideParagraphs() throws NotAnArticleException {
        String html = "<html><head><title>一条测试新闻标题 - 某网</title></head><body><h1>一条测试新闻标题</h1>"
                + "<div class=\"content\"><p>\u3000\u3000第一段 \u00A0 文字内容足够长,用于验证空白字符的折叠与首尾修剪是否正确。</p></div></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.paragraphs()).containsExactly("第一段 文字内容足够长,用于验证空白字符的折叠与首尾修剪是否正确。");
        assertThat(page.publishedAt()).isNull();
    }
}
