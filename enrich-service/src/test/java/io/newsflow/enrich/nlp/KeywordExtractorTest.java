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
}
