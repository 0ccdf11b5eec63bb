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
    void keepsTheThreeRichestSentencesInTheirOriginalOrder() {
        String body = "天气很好适合出门散步。长宁外事工作成果丰富多彩。这句话与主题完全没有关系。"
                + "虹桥友谊联盟成立一周年了。长宁与明斯克结为友城关系。";
        List<Keyword> keywords = List.of(new Keyword("长宁", 1.0), new Keyword("虹桥友谊联盟", 0.8),
                new Keyword("明斯克", 0.6));

        String summary = summarizer.summarize(body, keywords);

        assertThat(summary).isEqualTo("长宁外事工作成果丰富多彩。虹桥友谊联盟成立一周年了。长宁与明斯克结为友城关系。");
    }

    @Test
    void summarizesTheSeedInThreeSentences() {
        List<Keyword> keywords = new KeywordExtractor(new Segmenter()).keywords(SeedArticle.TITLE, SeedArticle.body());

        String summary = summarizer.summarize(SeedArticle.body(), keywords);

        assertThat(Summarizer.sentences(summary)).hasSize(3);
        assertThat(SeedArticle.body()).contains(Summarizer.sentences(summary).get(0));
    }
}
