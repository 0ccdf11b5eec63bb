package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Keyword;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void splitsOnSentenceEndsAndLineBreaksButNotCommas() {
        assertThat(Summarizer.sentences("第一句话在这里,还没结束。第二句话也很长吧?\n第三行没有句号但是换行了\n"))
                .containsExactly("第一句话在这里,还没结束。", "第二句话也很长吧?", "第三行没有句号但是换行了");
    }

    @Test
    void keepsAQuotationWithItsClosingMarkAndWhoSaidIt() {
        assertThat(Summarizer.sentences("馆长表示：“展览免费开放。欢迎市民前来参观！”他说。展期持续到明年春天。"))
                .containsExactly("馆长表示：“展览免费开放。欢迎市民前来参观！”他说。", "展期持续到明年春天。");
    }

    @Test
    void startsWithTheLeadAndAddsTheRichestSentencesInDocumentOrder() {
        String body = "天气很好，市民纷纷走出家门赏秋。\n\n长宁外事工作成果丰富多彩。这句话与主题完全没有关系。"
                + "虹桥友谊联盟成立一周年了。长宁与明斯克结为友城关系。";
        List<Keyword> keywords = List.of(new Keyword("长宁", 1.0), new Keyword("虹桥友谊联盟", 0.8),
                new Keyword("明斯克", 0.6));

        String summary = summarizer.summarize(body, keywords);

        assertThat(summary).isEqualTo("天气很好，市民纷纷走出家门赏秋。长宁外事工作成果丰富多彩。长宁与明斯克结为友城关系。");
    }

    @Test
    void prefersAnEarlyParagraphWhenSentencesWeighTheSame() {
        String body = "东湖公园今天起举办菊花展。\n\n第二段：菊花展展出品种三百余个。\n\n第三段：菊花展设有夜间灯光秀。\n\n"
                + "第四段：菊花展配套推出文创市集。\n\n第五段：菊花展期间地铁加开班次。";

        String summary = summarizer.summarize(body, List.of(new Keyword("菊花展", 1.0)));

        assertThat(summary).isEqualTo("东湖公园今天起举办菊花展。第二段：菊花展展出品种三百余个。第三段：菊花展设有夜间灯光秀。");
    }

    @Test
    void neverPicksAHeadingACreditOrACaption() {
        String body = "东湖公园菊花展开幕\n\n本报讯（记者 王小明）东湖公园菊花展今天开幕，展出菊花品种三百余个。\n\n"
                + "菊花展亮点多多\n\n▲ 游客在菊花展主展区拍照留念。\n\n菊花展今年新增夜间灯光秀，菊花展主展区开放到晚上九点。\n\n"
                + "记者 王小明 摄\n\n责任编辑：李大华 菊花展\n\n图片来源：菊花展组委会\n\n（完）";
        List<Keyword> keywords = List.of(new Keyword("菊花展", 1.0), new Keyword("东湖公园", 0.5));

        String summary = summarizer.summarize(body, keywords);

        assertThat(summary).isEqualTo("东湖公园菊花展今天开幕，展出菊花品种三百余个。菊花展今年新增夜间灯光秀，菊花展主展区开放到晚上九点。");
    }

    @Test
    void stripsTheLeadLabelAndKeepsItsSentence() {
        String body = "【导语】滨江新城首座跨江大桥今天通车，两岸通行时间缩短到十分钟。\n\n大桥全长一千二百米，设双向六车道。";

        String summary = summarizer.summarize(body, List.of(new Keyword("大桥", 1.0)));

        assertThat(summary).startsWith("滨江新城首座跨江大桥今天通车").doesNotContain("导语");
        assertThat(summarizer.summarize("核心提示：滨江新城首座跨江大桥今天通车。", List.of()))
                .isEqualTo("滨江新城首座跨江大桥今天通车。");
    }

    @Test
    void skipsADatelineOnlyFirstLine() {
        String body = "2026-11-02 10:30 来源：滨江日报\n\n新华社杭州11月2日电\n\n滨江新城首座跨江大桥今天通车。\n\n"
                + "大桥全长一千二百米，设双向六车道。";

        String summary = summarizer.summarize(body, List.of(new Keyword("大桥", 1.0)));

        assertThat(summary).isEqualTo("滨江新城首座跨江大桥今天通车。大桥全长一千二百米，设双向六车道。");
    }

    @Test
    void summarizesAnEnglishArticleFromItsLead() {
        String body = "Harbour bridge opens\n\nRIVERTON, Nov. 2 (Daily Wire) - The new harbour bridge opened to traffic "
                + "on Monday, cutting the trip across the bay to ten minutes.\n\nPhoto: Cars cross the harbour bridge.\n\n"
                + "Mr. Lee, the mayor, said the bridge cost $1.2 billion. The weather was mild. The bridge carries "
                + "six lanes and a cycle path.\n\nReporting by Ann Smith; Editing by Bo Chen";
        List<Keyword> keywords = List.of(new Keyword("bridge", 1.0), new Keyword("harbour", 0.5));

        String summary = summarizer.summarize(body, keywords);

        assertThat(summary).isEqualTo("The new harbour bridge opened to traffic on Monday, cutting the trip across "
                + "the bay to ten minutes. Mr. Lee, the mayor, said the bridge cost $1.2 billion. "
                + "The bridge carries six lanes and a cycle path.");
    }

    @Test
    void capsAVeryLongSentenceAtAClauseMark() {
        String clause = "滨江新城的跨江大桥今天正式通车运营";
        String body = (clause + "，").repeat(12) + "两岸居民通行更加方便。";

        String summary = summarizer.summarize(body, List.of());

        assertThat(summary).hasSizeLessThanOrEqualTo(SentenceSplitter.CJK_CAP + 2).startsWith(clause).endsWith("……");
        assertThat(summary.substring(0, summary.length() - 2)).endsWith(clause);
    }

    @Test
    void summarizesTheSeedFromItsLeadInThreeSentences() {
        List<Keyword> keywords = new KeywordExtractor(new Segmenter()).keywords(SeedArticle.TITLE, SeedArticle.body());

        String summary = summarizer.summarize(SeedArticle.body(), keywords);

        assertThat(Summarizer.sentences(summary)).hasSize(3);
        assertThat(summary).startsWith("围绕虹桥国际开放枢纽建设和加快推进数字化转型").doesNotContain("最·");
    }
}
