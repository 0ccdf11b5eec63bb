package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.DocumentFrequencies;
import io.newsflow.enrich.nlp.Extraction;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Keyword;
import io.newsflow.model.Origin;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishKeywordExtractorTest {

    private static final String TITLE = "Shipping rates soar as ports struggle";
    private static final String BODY = "Container shipping rates soared again this week. Ports in Asia and Europe "
            + "are struggling with congestion, and the port of Rotterdam said ships wait three days. "
            + "Shipping companies said rates would stay high while ports remain congested.";

    @Test
    void mergesInflectionsAndReportsTheFormTheArticleUsedMost() {
        Extraction extraction = new EnglishKeywordExtractor(DocumentFrequencies.NONE).extract(TITLE, BODY);

        List<String> terms = extraction.keywords().stream().map(Keyword::term).toList();
        assertThat(terms).contains("shipping", "rates", "ports").doesNotContain("port", "rate", "soared")
                .doesNotContain("the", "and", "said", "this", "week");
        assertThat(terms.subList(0, 3)).containsExactlyInAnyOrder("shipping", "rates", "ports");
        assertThat(extraction.terms()).contains("en:port", "en:ship");
    }

    @Test
    void recognisesEnglishByLanguageOrScript() {
        assertThat(ArticleKeywords.isEnglish(article("en", "Anything"))).isTrue();
        assertThat(ArticleKeywords.isEnglish(article(null, BODY))).isTrue();
        assertThat(ArticleKeywords.isEnglish(article(null, "上海地铁19号线首期工程今天开通 Metro Line 19"))).isFalse();
        assertThat(ArticleKeywords.isEnglish(article("zh-Hans", BODY))).isFalse();
    }

    @Test
    void comparesEnglishKeywordsByStem() {
        assertThat(TermKey.of("Chips")).isEqualTo(TermKey.of("chip"));
        assertThat(TermKey.of("长宁")).isEqualTo("长宁");
    }

    private static ArticleIngested article(String language, String body) {
        return new ArticleIngested("x", null, null, "", new Body(body, ""), Instant.EPOCH, "", "", List.of(), language,
                "", 1, Instant.EPOCH, Origin.API, List.of());
    }
}
