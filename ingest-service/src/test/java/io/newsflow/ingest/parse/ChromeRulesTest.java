package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"分享到: 微信 微博 QQ空间", "微信 微博", "【打印本页】【关闭窗口】", "Copyright © 2003-2026 某某网",
        "沪ICP备12345678号", "首页 | 新闻 | 体育 | 财经 | 图片", "上一篇:元旦假期景区预约指南", "发表评论",
        "滨江财经新闻 网址: www.binjiang.example.cn", "本文由作者上传并发布，本平台仅提供信息存储服务。",
        "The platform only provides information storage services.", "（原标题：夜读族有福了）",
        "本页工具【我来说两句(3)】【收藏】【推荐给朋友】【字体：大 中 小】【打印本页】【关闭窗口】", "分享至：", "微信扫码分享",
        "功能介绍 滨江本地生活号，讲述街巷里的新鲜事。", "打开微信扫描二维码分享给朋友", "东湖网独家稿件，严禁转载。",
        "本文系东湖网原创稿件，转载请注明来源。", "评论加载中，请稍等片刻", "展开全文 ▼", "a8Kd2_x91.png",
        "Media caption The mayor said the library would stay open", "图片说明：市民在图书馆夜读",
        "版权声明：本文由作者本人撰写，引用时请与作者联系。",
        "本文链接：https://blog.example.cn/u/article/details/1234"})
    void recognisesPageFurniture(String line) {
        assertThat(ChromeRules.isChrome(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"最·虹桥", "长宁外事品牌“走出去”", "把握“进博牌”,开拓合作路",
        "Photo taken on Monday shows a new bridge in the city"})
    void keepsShortProseAndSubheadings(String line) {
        assertThat(ChromeRules.isChrome(line)).isFalse();
        assertThat(ChromeRules.isListItem(line)).isFalse();
    }

    @Test
    void splitsKeywordValuesOnCommonSeparators() {
        assertThat(ChromeRules.keywords("关键词:新能源、汽车下乡,充电桩;补贴 乡村")).contains(
                List.of("新能源", "汽车下乡", "充电桩", "补贴", "乡村"));
        assertThat(ChromeRules.keywords("关键词:")).contains(List.of());
        assertThat(ChromeRules.keywords("关键是要做好服务")).isEmpty();
    }

    @Test
    void treatsDatedHeadlinesAsRelatedNewsEntries() {
        assertThat(ChromeRules.isListItem("城东菜场改造方案征求意见 2021-04-10")).isTrue();
        assertThat(ChromeRules.isListItem("[10-14] 新区第二座公交枢纽开工建设")).isTrue();
        assertThat(ChromeRules.isListItem("2021年10月15日,长宁区召开外事工作会议。")).isFalse();
    }

    @Test
    void recognisesTrailingSectionHeadingsOnlyWhenTheyStandAlone() {
        assertThat(ChromeRules.isTrailingHeading("相关新闻")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("相关文章:")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("你可能還想看")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("推荐阅读")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("相关报道：")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("本周主编推荐")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("评论")).isTrue();
        assertThat(ChromeRules.isTrailingHeading("最近更新的数据显示,全市消费持续回暖,多个商圈客流同比增长。")).isFalse();
    }
}
