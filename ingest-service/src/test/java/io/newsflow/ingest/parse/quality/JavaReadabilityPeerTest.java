package io.newsflow.ingest.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaReadabilityPeerTest {

    private static final String PARAGRAPH = "运河边的老纺织厂今年春天改成了社区夜校，每周二和周四晚上开设书法、摄影和智能手机入门课程，"
            + "首批四百个名额在开放报名后两天内全部约满。";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <title>老纺织厂变身社区夜校 首批名额两天约满</title>
            </head>
            <body>
              <div class="nav"><a href="/">首页</a> <a href="/city">城事</a> <a href="/about">联系我们</a></div>
              <div class="article">
                <h1>老纺织厂变身社区夜校 首批名额两天约满</h1>
                <p class="byline">记者 林晓舟</p>
                <p>%s</p>
                <p>夜校负责人介绍，课程由附近中学的退休教师和社区志愿者轮流授课，每节课收费二十元，
                用于支付水电和教材费用。报名者中既有刚退休的老人，也有下班后想学一门手艺的年轻人。</p>
                <p>厂房保留了原有的红砖外墙和锯齿形屋顶，内部加装了照明和空调，一楼的纺织机被擦拭干净后
                留在原处，成了学员们最喜欢的拍照背景。街道办表示，下半年还将增加茶艺和家庭急救课程。</p>
                <p>一位参加摄影课的学员说，她年轻时就在这家厂里上班，如今换了一种身份回到车间，
                感觉既熟悉又新鲜。她希望夜校能一直办下去，让更多邻居有个晚上可以去的地方。</p>
              </div>
              <div class="footer">版权所有 江城日报社 备案号 00000000</div>
            </body>
            </html>
            """.formatted(PARAGRAPH);

    @Test
    void readsTheHeadlineAndTheArticleOfAChineseNewsPage() {
        JavaReadabilityPeer.Result result = JavaReadabilityPeer.read(PAGE, "https://news.example.cn/city/1.html");

        assertThat(result.title()).isEqualTo("老纺织厂变身社区夜校 首批名额两天约满");
        assertThat(result.text()).contains(PARAGRAPH).doesNotContain("联系我们").doesNotContain("备案号");
        assertThat(result.text()).doesNotContain("\n").doesNotContain("  ");
    }

    @Test
    void returnsAnEmptyResultForAPageWithoutAnArticle() {
        assertThat(JavaReadabilityPeer.read(null, null)).isEqualTo(JavaReadabilityPeer.Result.EMPTY);
        assertThat(JavaReadabilityPeer.read("<html><body></body></html>", "not a url").text()).isNull();
    }
}
