package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreadcrumbParserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "您当前的位置:首页 > 国内新闻 > 上海新闻",
        "当前位置:首页 › 国内新闻 › 上海新闻",
        "所在位置:网站首页 » 国内新闻 » 上海新闻",
        "您的位置 : 主页 / 国内新闻 / 上海新闻",
        "当前位置:\u00A0首页＞国内新闻＞上海新闻",
        "您当前的位置:\u3000首页 → 国内新闻 → 上海新闻",
        "当前位置:首页 >> 国内新闻 >> 上海新闻",
        "首页 > 国内新闻 > 上海新闻",
    })
    void parsesEverySeparatorStyleAndDropsHome(String line) {
        assertThat(BreadcrumbParser.parse(line, false)).contains(List.of("国内新闻", "上海新闻"));
    }

    @Test
    void dropsTrailingTitleEvenWhenTruncated() {
        List<String> crumbs = List.of("国内新闻", "“六外联动”,长宁构建大外事...");
        assertThat(BreadcrumbParser.withoutTitle(crumbs, "“六外联动”,长宁构建大外事工作格局")).containsExactly("国内新闻");
    }

    @Test
    void dropsTrailingBodyMarkerButKeepsShortChannelThatPrefixesTitle() {
        assertThat(BreadcrumbParser.withoutTitle(List.of("新闻", "正文"), "新闻发布会召开")).containsExactly("新闻");
    }

    @Test
    void rejectsOrdinaryLinesWithSlashes() {
        assertThat(BreadcrumbParser.parse("占全市境外人口比重超过1/5", false)).isEmpty();
        assertThat(BreadcrumbParser.isBreadcrumbLine("长宁区2/3的区级友好城市")).isFalse();
    }
}
