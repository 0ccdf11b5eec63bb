package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Keyword;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private static List<String> seedTerms;
    private static List<Keyword> seedKeywords;

    @BeforeAll
    static void extractFromSeed() {
        seedKeywords = new KeywordExtractor(new Segmenter()).keywords(SeedArticle.TITLE, SeedArticle.body());
        seedTerms = seedKeywords.stream().map(Keyword::term).toList();
    }

    @Test
    void findsWhatTheSeedArticleIsAbout() {
        assertThat(seedTerms).contains("长宁", "虹桥友谊联盟");
    }

    @Test
    void findsSeveralMoreTermsAnEditorWouldAccept() {
        assertThat(seedTerms).containsAnyOf("外事", "友城", "友好城市", "外籍人士", "虹桥", "进博会", "明斯克", "六外联动")
                .hasSizeGreaterThanOrEqualTo(8);
        long accepted = seedTerms.stream().filter(List.of("外事", "友城", "友好城市", "外籍人士", "虹桥", "进博会", "明斯克",
                "六外联动", "虹桥友谊奖", "外事办", "白俄罗斯")::contains).count();
        assertThat(accepted).as("editor-accepted terms in %s", seedTerms).isGreaterThanOrEqualTo(6);
    }

    @Test
    void dropsGenericWords() {
        assertThat(seedTerms).doesNotContain("今年", "活动", "国际", "合作", "交流", "工作");
    }

    @Test
    void mergesAdministrativeVariants() {
        assertThat(seedTerms).doesNotContain("长宁区");
    }

    @Test
    void returnsTenWeightedTermsStrongestFirst() {
        assertThat(seedKeywords).hasSize(10);
        assertThat(seedKeywords.get(0).weight()).isEqualTo(1.0);
        assertThat(seedKeywords).isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
    }

    @Test
    void sinksTermsThatMostArticlesOfTheLiveCorpusShare() {
        assertThat(seedTerms).contains("上海");
        DocumentFrequencies corpus = new DocumentFrequencies() {
            @Override
            public long documents() {
                return 5000;
            }

            @Override
            public long frequency(String term) {
                return term.equals("上海") ? 4000 : 3;
            }
        };

        List<String> terms = new KeywordExtractor(new Segmenter(), corpus)
                .keywords(SeedArticle.TITLE, SeedArticle.body())
                .stream().map(Keyword::term).toList();

        assertThat(terms).doesNotContain("上海").contains("长宁", "虹桥友谊联盟")
                .doesNotContain("今年", "活动", "国际", "合作", "交流");
        long accepted = terms.stream().filter(List.of("外事", "友城", "友好城市", "外籍人士", "虹桥", "进博会", "明斯克",
                "六外联动", "虹桥友谊奖", "外事办", "白俄罗斯")::contains).count();
        assertThat(accepted).as("editor-accepted terms in %s", terms).isGreaterThanOrEqualTo(6);
    }

    // Short texts written for these tests; the people, teams and places in them are made up.

    @Test
    void keepsAPersonsNameWholeWhereTheRecognizerCutsOffItsLastCharacter() {
        List<String> terms = terms("歌手李晓颖新专辑上线",
                "歌手李晓颖的新专辑昨天上线。李晓颖说,专辑里的十首歌都是她自己写的。乐评人认为李晓颖的唱功更成熟了。");

        assertThat(terms.get(0)).isEqualTo("李晓颖");
        assertThat(terms).doesNotContain("李晓", "晓颖", "颖");
    }

    @Test
    void proposesACompoundTheTextRepeatsInsteadOfItsParts() {
        List<String> chain = terms("区块链技术用于农产品溯源", "一家农业合作社把区块链技术用于农产品溯源,消费者扫码即可查看"
                + "区块链上的种植记录。合作社负责人说,区块链让每一箱苹果都有了身份证。");
        List<String> finalMatch = terms("青年杯决赛点球大战 蓝湖队夺冠", "青年杯决赛在体育中心进行,蓝湖队与红山队在点球大战中分出胜负。"
                + "蓝湖队门将在点球大战里扑出三球,青年杯决赛因此被球迷称为经典之战。");

        assertThat(chain).contains("区块链").doesNotContain("区块", "链");
        assertThat(finalMatch).contains("点球大战", "蓝湖队").doesNotContain("点球", "大战", "决赛点球");
    }

    @Test
    void leavesOutWordsThatEveryNewsStoryUses() {
        List<String> terms = terms("记者获悉:新的公交线路下月开通", "记者近日获悉,新的公交线路将于下月开通。相关负责人表示,"
                + "公交线路途经三所学校。据报道,公交线路全程十二公里,记者了解到首班车早上六点发车。");

        assertThat(terms.get(0)).isEqualTo("公交线路");
        assertThat(terms).doesNotContain("记者", "获悉", "近日", "下月", "相关", "负责人", "表示", "报道", "了解到",
                "新的", "早上", "三所学校", "六点");
    }

    @Test
    void keepsTheNameOfAWorkInBookTitleMarksWhole() {
        List<String> terms = terms("导演新片《云上的灯塔》定档国庆", "由青年导演执导的《云上的灯塔》将于国庆上映,讲述海岛守塔人的故事。");

        assertThat(terms).contains("云上的灯塔").doesNotContain("灯塔");
    }

    @Test
    void joinsTheLettersAndDigitsOfAModelNameButNotAQuantity() {
        List<String> terms = terms("蓝鲸手机QX30发布 续航12h", "蓝鲸公司发布新款手机QX30,官方称续航可达12h。");

        assertThat(terms).contains("QX30").doesNotContain("QX", "12h");
    }

    @Test
    void ranksTheNamesOfAHeadlineBeforeItsCommonNouns() {
        List<String> terms = terms("歌手王晓川携新歌做客杭州电台 分享创作心得", "");

        assertThat(terms.subList(0, 2)).contains("王晓川").containsAnyOf("杭州", "杭州电台");
    }

    @Test
    void joinsNoWordsAcrossTheSpaceThatSeparatesTwoPhrasesOfAHeadline() {
        List<String> terms = terms("新款手机 电池续航更久", "");

        assertThat(terms).contains("手机", "电池").doesNotContain("手机电池");
    }

    @Test
    void leavesOutMarkupThatScrapingLeftInTheText() {
        List<String> terms = terms("新能源公交车上路", "&nbsp;&nbsp;本市首批新能源公交车今天上路。photo.jpg\">"
                + "&nbsp;&nbsp;新能源公交车续航三百公里,充电一小时。");

        assertThat(terms).contains("新能源公交车").noneMatch(t -> t.contains("nbsp") || t.equalsIgnoreCase("jpg"));
    }

    private static List<String> terms(String title, String body) {
        return new KeywordExtractor(new Segmenter()).keywords(title, body).stream().map(Keyword::term).toList();
    }
}
