package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedPageTest {

    private static ParsedPage page;

    @BeforeAll
    static void parseSeed() throws NotAnArticleException {
        String dump = TestPages.load("seed-000.txt", StandardCharsets.UTF_8);
        page = new PageParser(TestPages.CLOCK).parse(dump, false, null);
    }

    @Test
    void dropsHomeAndTrailingTitleFromBreadcrumb() {
        assertThat(page.breadcrumb()).containsExactly("国内新闻", "上海新闻");
    }

    @Test
    void takesHeadlineFromLineAfterBreadcrumb() {
        assertThat(page.title()).isEqualTo("“六外联动”,长宁构建大外事工作格局");
    }

    @Test
    void readsLabelledTimeAsBeijingTime() {
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2021-10-15T07:08:02Z"));
    }

    @Test
    void readsSourceAndLeavesEmptyAuthorEmpty() {
        assertThat(page.source()).isEqualTo("长宁时报");
        assertThat(page.author()).isEmpty();
        assertThat(page.editor()).isEmpty();
    }

    @Test
    void bodyStartsWithFirstParagraphAndStopsBeforeTrailingChrome() {
        assertThat(page.bodyText()).startsWith("围绕虹桥国际开放枢纽建设")
                .doesNotContain("关键词", "最近更新", "推荐资讯", "时间:", "您当前的位置");
        assertThat(page.paragraphs()).last().asString().startsWith("下一步,长宁区将继续推进");
    }

    @Test
    void keepsSubheadingsAsParagraphs() {
        assertThat(page.paragraphs()).contains("长宁外事品牌“走出去”", "最·虹桥", "最·数字");
    }

    @Test
    void detectsSimplifiedChinese() {
        assertThat(page.language()).isEqualTo("zh-Hans");
        assertThat(page.sourceKeywords()).isEmpty();
    }
}
