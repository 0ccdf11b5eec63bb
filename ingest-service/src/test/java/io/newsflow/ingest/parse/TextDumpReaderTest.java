package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text dumps of rendered pages: what select-all, w3m or lynx give, with no markup to say where the article is. */
class TextDumpReaderTest {

    private static final String P1 = "滨江区今年将新建二十座社区书房，每座书房藏书不少于三千册，居民凭身份证即可免费借阅，"
            + "书房将在晚间开放到十点。";
    private static final String P2 = "区文化局负责人介绍，新书房优先建在老旧小区和新建住宅区之间，步行十五分钟内可达，"
            + "首批五座将在六月前投入使用。";
    private static final String P3 = "不少居民表示，家门口就能借书看书，周末带孩子来这里读绘本，比去商场更有意义。";

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    @Test
    void keepsTheArticleWholeAcrossPhotosAndCaptions() throws NotAnArticleException {
        String dump = String.join("\n", "首页 | 新闻 | 文化", "", "滨江区今年新建二十座社区书房", "2026-03-02 09:15 来源：滨江日报",
                "", P1, "", "[a1b2c3d4e5]", "", "居民在社区书房阅读。记者 张三 摄", "", P2, "", "[f6e5d4c3b2]", "", P3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("滨江区今年新建二十座社区书房");
        assertThat(page.bodyText()).startsWith(P1).endsWith(P3);
    }

    @Test
    void leavesOutARelatedListWhoseItemsCarryExcerpts() throws NotAnArticleException {
        String dump = String.join("\n", "滨江区今年新建二十座社区书房", "2026-03-02 09:15 来源：滨江日报", "", P1, "", P2, "",
                P3, "", "广告", "推荐阅读", "[9f8e7d6c5b] 老城区三条道路下月起封闭施工", "2026-03-01",
                "近日，市交通部门发布通告，老城区三条道路将分段封闭施工，请市民提前规划出行路线。",
                "[1a2b3c4d5e] 春季招聘会下周在会展中心举行", "2026-02-28",
                "本次招聘会共有三百余家企业参加，提供岗位超过八千个，涵盖制造、物流和服务等行业。",
                "[5e4d3c2b1a] 市民公园新增两条夜跑步道", "2026-02-27");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.bodyText()).startsWith(P1).endsWith(P3);
    }

    @Test
    void doesNotTakeASiteDirectoryRunTogetherAsText() throws NotAnArticleException {
        String directory = "滨江日报网滨江新闻网滨江文明网滨江政务服务网滨江教育网滨江卫生健康网滨江交通运输网滨江文化旅游网"
                + "滨江市场监管网滨江住房保障网滨江人力资源网滨江生态环境网滨江应急管理网滨江统计信息网";
        String dump = String.join("\n", "友情链接", directory, directory, directory, "", "滨江区今年新建二十座社区书房",
                "2026-03-02 09:15 来源：滨江日报", "", P1, "", P2);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("滨江区今年新建二十座社区书房");
        assertThat(page.bodyText()).startsWith(P1).endsWith(P2);
    }

    @Test
    void readsAShortStoryOfOneSentenceParagraphs() throws NotAnArticleException {
        String dump = String.join("\n", "登录", "滨江队主场三比一取胜", "2026-03-02 21:40", "", "[0a1b2c3d4e]", "",
                "昨晚滨江队在主场以三比一战胜来访的河西队，取得三连胜。", "", "队长李四梅开二度，全场射门八次。",
                "", "下一轮滨江队将客场挑战东湖队。", "", "返回首页，查看更多", "大家都在看",
                "[1f2e3d4c5b] 这位球星退役后开了一家面馆，生意火爆！", "[6a7b8c9d0e] 周末天气晴好，适合全家出游踏青");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("滨江队主场三比一取胜");
        assertThat(page.bodyText()).startsWith("昨晚滨江队").endsWith("挑战东湖队。");
    }

    @Test
    void leavesImageNamesAndTableBordersOutOfTheText() throws NotAnArticleException {
        String dump = String.join("\n", "滨江区今年新建二十座社区书房", "2026-03-02 09:15 来源：滨江日报", "",
                "│ " + P1 + " │", "[photo_0412]", P2 + " [footer_logo] [          ] [搜索]", "", P3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void doesNotTakeALineOfTheRunningTextForTheHeadline() throws NotAnArticleException {
        String dump = String.join("\n", "首页 | 新闻 | 文化", "", "滨江区新建社区书房", "", "分享到", "[photo_0412]",
                "滨江区今年将新建二十座社区书房，每座书房藏书不少于三千册。",
                "区文化局负责人介绍，新书房优先建在老旧小区和新建住宅区之间，居民步行可达",
                "首批五座将在六月前投入使用，其余的年底前全部建成开放。", "", P3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("滨江区新建社区书房");
    }

    @Test
    void takesALongEnglishHeadlineOverAShortMenuItem() throws NotAnArticleException {
        String headline = "City council approves a new library plan after residents pack the final public hearing";
        String dump = String.join("\n", "Home", "", "Subscribe to our newsletter", "", headline, "", "By Jane Doe",
                "", "The city council voted on Tuesday to build twenty neighbourhood libraries, each holding at least "
                        + "three thousand books, open until ten in the evening.",
                "", "Officials said the first five would open by June, with the rest finished by the end of the year.");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo(headline);
    }
}
