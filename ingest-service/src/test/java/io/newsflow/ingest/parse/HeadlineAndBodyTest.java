package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages written for these tests, each reproducing a layout where the first short line, the first heading or
 * the document title alone gives the wrong headline or body.
 */
class HeadlineAndBodyTest {

    private static final String PROSE_1 = "市图书馆今天起延长夜间开放时间，每晚开放至二十二点，方便下班后的读者借阅图书和使用自习室。";
    private static final String PROSE_2 = "馆方表示，延时开放期间将增派工作人员，并开通线上预约座位服务，读者可以通过官方小程序提前预约。";
    private static final String PROSE_3 = "据统计，去年全馆接待读者超过一百二十万人次，其中晚间到馆读者占比接近三成，延时开放呼声较高。";

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    @Test
    void takesTheHeadlineBelowTheMenuNotTheSiteNameInTheH1() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间_滨江日报网</title></head><body>"
                + "<div class=\"logo\"><h1>滨江日报网</h1></div>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/n\">新闻</a> | <a href=\"/s\">体育</a> | <a href=\"/e\">娱乐</a></div>"
                + "<div class=\"article\"><div class=\"tit\">市图书馆延长夜间开放时间</div>"
                + "<div class=\"info\">2026-03-02 09:15　来源：滨江日报</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div>"
                + "<div class=\"related\"><h3>相关新闻</h3><ul><li><a href=\"/1\">某区新建两座社区书房</a></li></ul></div>"
                + "</body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void prefersTheVisibleHeadlineToATitleElementThatSaysSomethingElse() throws NotAnArticleException {
        String html = "<html><head><title>Library hours - Riverside Daily</title>"
                + "<meta property=\"og:site_name\" content=\"Riverside Daily\"></head><body>"
                + "<h1>City Library Stays Open Until Ten Every Night From March</h1>"
                + "<div class=\"byline\">March 2, 2026</div><div class=\"story\">"
                + "<p>The city library will stay open until ten every night from March, its board said on Monday, after a year of requests from readers.</p>"
                + "<p>Extra staff will be on duty in the evening, and seats in the study rooms can be booked online a day ahead.</p>"
                + "</div></body></html>";
        assertThat(parser.parse(html, true, null).title()).isEqualTo("City Library Stays Open Until Ten Every Night From March");
    }

    @Test
    void takesTheHeadlineOutOfATitleBlockThatAlsoHoldsTheMetaLine() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间-滨江新闻网</title></head><body>"
                + "<div class=\"title-box\"><span>正在阅读：市图书馆延长夜间开放时间</span></div>"
                + "<div class=\"main-title\">市图书馆延长夜间开放时间<span>2026-03-02 09:15 来源：滨江日报</span></div>"
                + "<div class=\"content\"><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></body></html>";
        assertThat(parser.parse(html, true, null).title()).isEqualTo("市图书馆延长夜间开放时间");
    }

    @Test
    void findsTheTitleInAPageSavedWithAWrapperLineBeforeHtml() throws NotAnArticleException {
        String html = "<text id=\"http://news.example.test/a.html\" title=\"x\">\n<html><head>"
                + "<title>市图书馆延长夜间开放时间--滨江新闻</title></head><body><table><tr><td>"
                + "<b>市图书馆延长夜间开放时间</b><br>2026年3月2日 09:15<br>" + PROSE_1 + "<br>" + PROSE_2
                + "</td></tr></table></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.bodyText()).contains(PROSE_1).contains(PROSE_2).doesNotContain("2026");
    }

    @Test
    void readsADumpWhoseFirstShortLinesAreMenusLoginAndWeather() throws NotAnArticleException {
        String dump = String.join("\n", "[logo]", "登录 | 注册", "首页 - 新闻 - 体育 - 财经 - 娱乐 - 科技", "[          ] [搜索]",
                "今天 晴 12~20℃", "广告", "", "  • 某区新建两座社区书房", "  • 春季招聘会下周举行", "",
                "市图书馆延长夜间开放时间", "2026-03-02 09:15 来源：滨江日报", "分享到： 微信 微博", "",
                PROSE_1, "", PROSE_2, "", PROSE_3, "", "（责任编辑：王五）", "", "相关新闻", "  • 某区新建两座社区书房",
                "关于我们 | 联系我们 | 版权所有 滨江日报");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
        assertThat(page.source()).isEqualTo("滨江日报");
    }

    @Test
    void dropsTheOriginalHeadlineLineThatAggregatorsPrintAboveTheText() throws NotAnArticleException {
        String dump = String.join("\n", "市图书馆延长夜间开放时间", "2026-03-02 09:15 来源：滨江日报",
                "（原标题：夜读族有福了！市图书馆延长开放）", PROSE_1, PROSE_2);
        assertThat(parser.parse(dump, false, null).paragraphs()).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void stopsTheBodyAtTheReaderCommentsHeading() throws NotAnArticleException {
        String comment = "这个消息太好了，希望周末也能延长开放，我们上班族平时晚上也想去看看书，支持一下。";
        String html = story("<h3>最热评论 刷新</h3><p>" + comment + "</p><p>3月2日10:20 举报 赞5 回复</p><p>" + comment + "</p>");
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void keepsTheNumberedHeadingThatOpensTheTextAndLeavesOutTheStandfirst() throws NotAnArticleException {
        String standfirst = "夜间开放将持续到年底，馆方视读者反馈决定是否长期实行。";
        String dump = String.join("\n", "首页 | 新闻 | 文化", "", "市图书馆延长夜间开放时间", "", standfirst, "",
                "2026-03-02 09:15 来源：滨江日报", "", "一、开放到几点", "", PROSE_1, "", PROSE_2, "", PROSE_3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.paragraphs()).containsExactly("一、开放到几点", PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void findsTheWriterBelowTheHeadlineRepeatedAboveTheTextAndIgnoresTemplateMarkup() throws NotAnArticleException {
        String html = "<html><head><title>李明：夜读的城市</title></head><body><div class=\"article\">"
                + "<p>李明：夜读的城市</p><p>作者： size=\"20\" 来源： size=\"20\" 发布日期：2026-03-02 09:15</p>"
                + "<p>夜读的城市</p><p>李明</p>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.author()).isEqualTo("李明");
        assertThat(page.source()).isNullOrEmpty();
    }
    @Test
    void keepsANoticesSignatureAndAContributorsCreditAsItsLastLines() throws NotAnArticleException {
        String notice = "<html><head><title>关于延长夜间开放时间的通告</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/n\">通知公告</a></div>"
                + "<div class=\"article\"><h1>关于延长夜间开放时间的通告</h1><div class=\"info\">2026-03-02 09:15</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p><p>特此通告。</p>"
                + "<p>滨江市图书馆管理委员会 2026年3月1日</p></div>"
                + "<div class=\"foot\"><a href=\"/about\">关于我们</a> | <a href=\"/map\">网站地图</a></div></body></html>";
        assertThat(parser.parse(notice, true, null).paragraphs())
                .containsExactly(PROSE_1, PROSE_2, PROSE_3, "特此通告。", "滨江市图书馆管理委员会 2026年3月1日");

        String story = "<html><head><title>Library hours - Riverside Daily</title></head><body>"
                + "<h1>City Library Stays Open Until Ten Every Night From March</h1>"
                + "<div class=\"byline\">March 2, 2026</div><div class=\"story\">"
                + "<p>The city library will stay open until ten every night from March, its board said on Monday, after a year of requests from readers.</p>"
                + "<p>Extra staff will be on duty in the evening, and seats in the study rooms can be booked online a day ahead.</p>"
                + "</div><p>Jane Roe contributed reporting.</p>"
                + "<div class=\"more\"><a href=\"/a\">More from Riverside</a></div></body></html>";
        assertThat(parser.parse(story, true, null).paragraphs()).last().isEqualTo("Jane Roe contributed reporting.");
    }

    @Test
    void keepsTheDateBelowANoticesSignatureOnItsOwnLine() throws NotAnArticleException {
        String notice = "<html><head><title>关于延长夜间开放时间的通告</title></head><body>"
                + "<div class=\"article\"><h1>关于延长夜间开放时间的通告</h1><div class=\"info\">2026-03-02 09:15</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>特此通告。</p>"
                + "<p>滨江市图书馆管理委员会</p><p>2026年3月1日</p></div></body></html>";
        assertThat(parser.parse(notice, true, null).paragraphs())
                .containsExactly(PROSE_1, PROSE_2, "特此通告。", "滨江市图书馆管理委员会", "2026年3月1日");
    }

    @Test
    void leavesOutWhatTheBrowserDoesNotShowAndTheVideoPlayersControls() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间</title></head><body><div class=\"article\">"
                + "<h1>市图书馆延长夜间开放时间</h1><div class=\"info\">2026-03-02 09:15　来源：滨江日报</div>"
                + "<div class=\"video-player\"><div class=\"controls\"><span>静音</span><span>0.5x</span><span>画质</span>"
                + "<span>02:41</span><span>全屏观看</span></div><div>视频暂时无法加载，稍后再来看看吧</div></div>"
                + "<div style=\"display: none\"><p>这段视频需要较新的浏览器才能播放，您也可以在手机上观看。</p></div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div></body></html>";
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void readsOnPastARecommendedReadingBoxSetIntoTheStory() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间</title></head><body><div class=\"article\">"
                + "<h1>市图书馆延长夜间开放时间</h1><div class=\"info\">2026-03-02 09:15　来源：滨江日报</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>"
                + "<table><tr><td><b>推荐阅读</b></td><td><a href=\"/1\">某区新建两座社区书房</a></td>"
                + "<td><a href=\"/2\">周末亲子阅读活动报名开始</a></td></tr></table>"
                + "<p>" + PROSE_3 + "</p></div>"
                + "<div class=\"more\"><h3>推荐阅读</h3><ul><li><a href=\"/3\">博物馆夜场门票售罄</a></li></ul>"
                + "<p>博物馆夜场今晚开放，市民可以凭预约码入场参观特展，展览将持续到下个月底结束。</p></div>"
                + "</body></html>";
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void endsTheBodyAtTheToolbarAndCommentBoxBelowIt() throws NotAnArticleException {
        String other = "他三十一岁在晚会上一夜成名，此后多年很少露面，最近的一次采访让很多老观众感慨万分。";
        String html = story("<div>分享至：</div><div>微信扫码分享</div><div>不喜欢</div><div>减少此类内容推荐</div><div>举报</div>"
                + "<div>登录并评论</div><div>关注</div>"
                + "<p>" + other + "</p>");
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void endsABlogPostWhereTheNextPostsHeadlineAndTimeBegin() throws NotAnArticleException {
        String next = "今天整理书架，翻出很多年前的旧笔记，字迹已经有些模糊了，但读起来还是很亲切，想起了很多往事。";
        String html = "<html><head><title>夜读小记 - 某某的博客</title></head><body><table>"
                + "<tr><td class=\"post-title\">夜读小记</td><td class=\"post-title\">2026-03-02 21:15:10</td></tr>"
                + "<tr><td class=\"post-body\"><p>" + PROSE_1 + PROSE_2 + "</p><p>" + PROSE_3 + PROSE_1 + "</p></td></tr>"
                + "<tr><td><a href=\"/c\">共 3 篇评论</a></td></tr>"
                + "<tr><td class=\"post-title\">整理旧书</td><td class=\"post-title\">2026-03-01 20:05:44</td></tr>"
                + "<tr><td class=\"post-body\"><p>" + next + "</p><p>" + next + "</p></td></tr>"
                + "</table></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("夜读小记");
        assertThat(page.paragraphs()).containsExactly(PROSE_1 + PROSE_2, PROSE_3 + PROSE_1);
    }

    @Test
    void leavesOutWhereTheTextWasFirstPrintedAndTheAuthorsAffiliation() throws NotAnArticleException {
        String html = "<html><head><title>城市夜读的兴起</title></head><body><div class=\"article\">"
                + "<h1>城市夜读的兴起</h1><p>李明</p>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>"
                + "<p>【作者单位：滨江大学文学院】</p><p>(摘自《滨江社科》2026年第2期)</p></div></body></html>";
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void takesTheHeadlineADumpNamesAfter正在阅读OrPrintsTwiceAndNotASearchBoxOrAnAccountsBlurb() throws NotAnArticleException {
        String labelled = String.join("\n", "首页 | 新闻 | 文化", "正在阅读：市图书馆延长夜间开放时间", "一键登录",
                "市图书馆延长夜间开放时间", "", "打开微信扫描二维码分享给朋友", "", PROSE_1, "", PROSE_2, "", PROSE_3);
        assertThat(parser.parse(labelled, false, null).title()).isEqualTo("市图书馆延长夜间开放时间");

        String wechat = String.join("\n", "市图书馆延长夜间开放时间", "", "滨江文化", "滨江文化 []", "", "微信号 binjiang",
                "", "功能介绍 关注城市生活，分享身边新闻与文化活动。", "", "昨天", "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                "阅读", "在看", "写下你的想法", "", "前往看一看", "", "我知道了", "", "发送", "市图书馆延长夜间开放时间", "发送中");
        assertThat(parser.parse(wechat, false, null).title()).isEqualTo("市图书馆延长夜间开放时间");
        String once = String.join("\n", "市图书馆延长夜间开放时间", "", "滨江文化", "滨江文化 []", "", "微信号 binjiang", "",
                "功能介绍 滨江本地生活号，每天为你讲述街巷里的新鲜事和老故事。", "", "发表于", "",
                "全市举行", "", "夜读节暨首届“最美读者”表彰大会", "", PROSE_1, "", PROSE_2, "", PROSE_3);
        assertThat(parser.parse(once, false, null).title()).isEqualTo("市图书馆延长夜间开放时间");

        String search = String.join("\n", "首页 | 新闻 | 文化", "", "全市图书馆藏书检索 [书名,作者,出版社][查询] 使用说明", "",
                "市图书馆延长夜间开放时间", "2026-03-02 09:15 来源：滨江日报", "", PROSE_1, "", PROSE_2, "", PROSE_3);
        assertThat(parser.parse(search, false, null).title()).isEqualTo("市图书馆延长夜间开放时间");
    }

    @Test
    void endsTheBodyAtTheReprintNotice() throws NotAnArticleException {
        String html = story("<p>滨江日报独家稿件，谢绝转载。</p><p>滨江日报是本市历史最悠久的综合性日报，创刊于一九四九年，发行覆盖全市。</p>");
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void endsABlogPostAtItsReadersRepliesWhichAlsoNameItsHeadline() throws NotAnArticleException {
        String reply = "# re: 夜读小记 2026-03-02 21:46 林一木";
        String html = "<html><head><title>某某的博客</title></head><body><div class=\"post\">"
                + "<h2>夜读小记</h2><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>"
                + "<p>发表于 2026年3月2日 21:15 - (阅读:58;评论:2)</p>"
                + "<h4>" + reply + "</h4><p>写得真好，下次一起去图书馆看书吧，听说新开的自习室环境很不错，座位也多。</p>"
                + "<h4># re: 夜读小记 2026-03-02 22:01 程晓</h4><p>支持！</p></div></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("夜读小记");
        assertThat(page.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);

        String dump = String.join("\n", "某某的博客", "", "  • 首页", "  • 登录", "", "夜读小记", "", PROSE_1, "", PROSE_2, "",
                "发表于 2026年3月2日 21:15", "", reply, "", "写得真好，下次一起去图书馆看书吧，听说新开的自习室环境很不错。",
                "", "# re: 夜读小记 2026-03-02 22:01 程晓", "", "支持！");
        assertThat(parser.parse(dump, false, null).title()).isEqualTo("夜读小记");
    }

    @Test
    void takesTheCentredBoldLineOfAnOldPageForItsHeadlineAndTheNameUnderItForItsWriter() throws NotAnArticleException {
        String wrapped1 = "市图书馆今天起延长夜间开放时间，每晚开放至二十二点，方便下班";
        String wrapped2 = "后的读者借阅图书和使用自习室。馆方表示，延时开放期间将增派工作";
        String wrapped3 = "人员，并开通线上预约座位服务，读者可以通过官方小程序提前预约。";
        String html = "<html><head><title>显示</title></head><body>"
                + "<p align='center'><font color=navy><strong>夜读的城市</strong></font></p><hr size='1'>"
                + "<p> 李明<br><br>&nbsp;&nbsp;&nbsp;&nbsp;——写在图书馆延时开放之际<br><br>"
                + "&nbsp;&nbsp;&nbsp;&nbsp;" + wrapped1 + "<br>" + wrapped2 + "<br>" + wrapped3 + "<br>"
                + "&nbsp;&nbsp;&nbsp;&nbsp;" + PROSE_3 + "</p></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("夜读的城市");
        assertThat(page.author()).isEqualTo("李明");
        assertThat(page.bodyText()).startsWith("——写在图书馆延时开放之际").contains(wrapped1).endsWith(PROSE_3);
    }

    @Test
    void leavesOutTheHeadlineStripsADumpPrintsBetweenTheMetaLineAndTheText() throws NotAnArticleException {
        String dump = String.join("\n", "首页 | 新闻 | 文化", "", "市图书馆延长夜间开放时间", "2026-03-02 09:15 来源：滨江日报", "",
                "书讯：新版地方志今日首发 旧书市集周末开张 读者投票第三期揭晓",
                "[rss]读书周刊每周推送，欢迎订阅！ 回复书名获取书单 每日好书推荐",
                PROSE_1, PROSE_2, PROSE_3);
        assertThat(parser.parse(dump, false, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void readsAForumThreadsFirstPostNotTheLastReplyWithItsOwnTitleAndFooter() throws NotAnArticleException {
        String reply = "我也觉得挺好，下班以后终于有地方看书了。";
        String html = "<html><head><title>滨江论坛</title></head><body>"
                + "<div>滨江论坛 &gt; 城市生活 &gt; 文化话题</div><table>"
                + "<tr><td class=p4>市图书馆延长夜间开放时间(转载)</td></tr>"
                + "<tr><td>林一木</td><td>" + PROSE_1 + "<br><br>" + PROSE_2 + "<br><br>" + PROSE_3 + "<br><br>"
                + PROSE_1 + "<br><br>" + PROSE_2 + "<br><br>------------------------------<br>"
                + "〓 滨江论坛 读书版 发布时间 2026/03/02 21:15:10 by 林一木 〓</td></tr>"
                + "<tr><td>程晓</td><td>" + reply + "<br>------------------------------<br>"
                + "〓 滨江论坛 读书版 发布时间 2026/03/05 08:01:44 by 程晓 〓</td></tr>"
                + "<tr><td>王小川</td><td><b>夜读真是好主意啊！</b><br>------------------------------<br>"
                + "〓 滨江论坛 读书版 发布时间 2026/03/09 10:20:00 by 王小川 〓</td></tr>"
                + "</table></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间(转载)");
        assertThat(page.author()).isEqualTo("林一木");
        assertThat(page.publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T13:15:10Z"));
        assertThat(page.bodyText()).startsWith(PROSE_1).doesNotContain(reply);
    }

    @Test
    void endsTheBodyAtTheCommentCount() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间</title></head><body><div class=\"post\">"
                + "<h1>市图书馆延长夜间开放时间</h1><div class=\"info\">2026-03-02 09:15</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>"
                + "<h2>《市图书馆延长夜间开放时间》已有2件评论</h2>"
                + "<p>写得真好，下次一起去图书馆看书吧，听说新开的自习室环境很不错，座位也多。</p></div></body></html>";
        assertThat(parser.parse(html, true, null).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void readsTheDateAnInlineScriptWritesBesideTheViewCounter() throws NotAnArticleException {
        String html = "<html><head><title>夜读小记 - 滨江城市</title></head><body><table>"
                + "<tr><td class=\"main-topic\"><span id=\"maintopic\">夜读小记</span></td></tr>"
                + "<tr><td class=\"main-text\"><script>showDate(\"2026/03/02 21:15:10\")</script>　瀏覽<strong>7</strong>｜回應<strong>0</strong></td></tr>"
                + "<tr><td><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></td></tr></table></body></html>";
        assertThat(parser.parse(html, true, null).publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T13:15:10Z"));
    }

    @Test
    void creditsTheInternsAndTheReportersOnTheBylineLinesUnderTheHeadline() throws NotAnArticleException {
        String html = "<html><head><title>市图书馆延长夜间开放时间</title></head><body><div class=\"article\">"
                + "<h1>市图书馆延长夜间开放时间</h1><p>本报实习生 林一木 程晓</p><p>本报记者 王小川 李青</p>"
                + "<p>2026-03-02 滨江日报</p><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></body></html>";
        assertThat(parser.parse(html, true, null).author()).isEqualTo("林一木 程晓 王小川 李青");
    }

    @Test
    void takesTheHeadlineFromATitleWhoseSiteNameComesFirst() throws NotAnArticleException {
        String html = "<html><head><title>滨江书讯--市图书馆延长夜间开放时间</title></head><body>"
                + "<h1>滨江书讯，每天一本好书</h1><div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/n\">书讯</a></div>"
                + "<div class=\"tags\">20260302|图书馆|夜读</div>"
                + "<div class=\"title\">市图书馆延长夜间开放时间</div><div class=\"info\">发布时间： 2026-03-02 09:15:00</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></body></html>";
        assertThat(parser.parse(html, true, null).title()).isEqualTo("市图书馆延长夜间开放时间");
    }

    /** A story with headline, meta line and three paragraphs in its content element, and then what follows them there. */
    private static String story(String afterText) {
        return "<html><head><title>市图书馆延长夜间开放时间</title></head><body><div class=\"article\">"
                + "<h1>市图书馆延长夜间开放时间</h1><div class=\"info\">2026-03-02 09:15　来源：滨江日报</div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>" + afterText + "</div></body></html>";
    }

    @Test
    void takesABlogPostsLinkedHeadlineThatItsRepliesRepeat() throws NotAnArticleException {
        // No <title>, no heading: the post's headline is a link to itself, and two replies name it on their header.
        String html = "<html><body><div class=\"nav\"><a href=\"/\">博客首页</a> <a href=\"/login\">登录</a></div>"
                + "<div class=\"side\"><ol><li><a href=\"/p/1\">1. 春季赏花路线推荐</a></li>"
                + "<li><a href=\"/p/2\">2. 周末去哪儿</a></li></ol></div>"
                + "<div class=\"post\"><div><a href=\"/p/9\">市图书馆延长夜间开放时间</a></div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>"
                + "<div>作者:林一木 阅读(120) 评论(2) 发表于:2026-03-02 09:15</div></div>"
                + "<div class=\"comments\"><div># re: 市图书馆延长夜间开放时间</div><div>支持！</div>"
                + "<div>读者甲 | 2026-03-02 10:01</div>"
                + "<div># re: 市图书馆延长夜间开放时间</div><div>终于等到了。</div><div>读者乙 | 2026-03-02 11:20</div></div>"
                + "</body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.paragraphs()).startsWith(PROSE_1, PROSE_2);
    }

    @Test
    void oneRepliesOwnSubjectIsNotTheHeadline() {
        String html = "<html><body><div><a href=\"/p/9\">市图书馆延长夜间开放时间</a></div>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>"
                + "<div># re: 周末也应该开放到二十二点</div><div>支持！</div><div>读者甲 | 2026-03-02 10:01</div>"
                + "</body></html>";
        // The linked line alone is not enough for a headline, and one reply's own subject names nothing.
        assertThatThrownBy(() -> parser.parse(html, true, null)).isInstanceOf(NotAnArticleException.class)
                .hasMessageContaining("no headline found");
    }

    @Test
    void readsTheIssuingBodyOutOfANoticesTableOfLabelsAndValues() throws NotAnArticleException {
        String html = "<html><head><title>滨江市人民政府关于延长市图书馆夜间开放时间的通告</title></head><body>"
                + "<table class=\"info\"><tr><td>发文机关：</td><td>滨江市人民政府</td><td>成文日期：</td><td>2026年03月01日</td></tr>"
                + "<tr><td>发文字号：</td><td>滨政通〔2026〕3号</td><td>发布日期：</td><td>2026年03月02日</td></tr></table>"
                + "<div class=\"content\"><h2>滨江市人民政府关于延长市图书馆夜间开放时间的通告</h2>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>滨江市人民政府</p><p>2026年3月1日</p></div></body></html>";
        ParsedPage page = parser.parse(html, true, null);
        assertThat(page.author()).isEqualTo("滨江市人民政府");
        assertThat(page.publishedAt()).isNotNull();
    }

    @Test
    void aDumpsMenuBarIsNotTheHeadlineEvenWithTheMetaLineBelowIt() throws NotAnArticleException {
        String dump = String.join("\n", "[logo]", "首页",
                "滨江新闻（   城市动态      社区生活      文化教育      体育健身      图片",
                "市图书馆延长夜间开放时间",
                "作者：林一木   来源：滨江日报   发布日期：2026-03-02 09:15",
                PROSE_1, PROSE_2, PROSE_3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.author()).isEqualTo("林一木");
    }

    @Test
    void anUnlabelledMetaLineBelowTheHeadlineOutweighsAnIndentedCreditLineAboveTheText() throws NotAnArticleException {
        String dump = String.join("\n", "[logo]", "首页 - 新闻 - 体育 - 财经", "滨江新闻网 >> 城市 >> 正文", "*",
                "市图书馆延长夜间开放时间", "*", "*", "NEWS.EXAMPLE.TEST  2026年03月02日09:15\u3000滨江日报", "●",
                "【打印本页】【关闭窗口】", "●", "\u3000\u3000测评：滨江日报读书版林一木程晓等5人", "",
                "\u3000\u3000" + PROSE_1, "", "\u3000\u3000" + PROSE_2, "", "\u3000\u3000" + PROSE_3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T01:15:00Z"));
    }

    @Test
    void neitherTheRenderDateNorAMenusWrappedTailIsTheHeadline() throws NotAnArticleException {
        // Both sit right above a dated line, as a headline would.
        String dump = String.join("\n", "首页 | 新闻 | 城市 | 文化 | 体育 | 图片", "| 视频 专栏", "2026年3月5日 星期四",
                "Monday, March 2nd, 2026 09:15 am", "市图书馆延长夜间开放时间", "", PROSE_1, "", PROSE_2, "", PROSE_3);
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        // The render date is a day alone; the article's own line carries its time, and that outweighs it.
        assertThat(page.publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T01:15:00Z"));
    }

    @Test
    void aChannelNamePrintedInEveryBoxIsNotTheHeadlineButOnePrintedTwiceOverInTheShareBoxIs() throws NotAnArticleException {
        List<String> lines = new java.util.ArrayList<>(List.of("[logo]", "滨江电台-财经", "首页", "新闻", "体育", "财经",
                "娱乐", "科技", "汽车", "房产", "", "滨江电台-财经滨江电台-财经", "", "市图书馆延长夜间开放时间", "", "阅读全文",
                "滨江电台-财经", "2026年3月2日周一上午9:15", "", "图书馆夜间开放首周读者盈门!", "", PROSE_1, "", PROSE_2, "",
                PROSE_3));
        for (int i = 0; i < 12; i++) {
            lines.add("");
        }
        lines.add("分享：");
        lines.add("市图书馆延长夜间开放时间市图书馆延长夜间开放时间");
        ParsedPage page = parser.parse(String.join("\n", lines), false, null);
        assertThat(page.title()).isEqualTo("市图书馆延长夜间开放时间");
        assertThat(page.publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T01:15:00Z"));
        // The text's first line, ending with an exclamation mark typed in ASCII, is a sentence of it, not furniture.
        assertThat(page.paragraphs()).startsWith("图书馆夜间开放首周读者盈门!", PROSE_1);
    }

    @Test
    void aMetaLineThatAShareBarPushesFurtherDownStillDatesThePage() throws NotAnArticleException {
        String dump = String.join("\n", "Riverside Daily", "", "City Library Stays Open Until Ten Every Night From March", "",
                "More from Riverside Daily", "", "  •  ", "", "  •  ", "", "  •  ", "", "  •  ", "", "March 2, 2026, 9:15 AM UTC / Updated March 2, 2026, 11:40 AM UTC",
                "By Jane Doe", "",
                "The city library will stay open until ten every night from March, its board said on Monday, after a year of requests from readers.",
                "", "Extra staff will be on duty in the evening, and seats in the study rooms can be booked online a day ahead.");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.title()).isEqualTo("City Library Stays Open Until Ten Every Night From March");
        assertThat(page.publishedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T09:15:00Z"));
    }
}
