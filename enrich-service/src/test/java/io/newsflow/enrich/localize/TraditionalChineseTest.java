package io.newsflow.enrich.localize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.SeedArticle;
import io.newsflow.model.Localized;
import org.junit.jupiter.api.Test;

class TraditionalChineseTest {

    private final TraditionalChinese converter = new TraditionalChinese();

    @Test
    void convertsTheSeedTitleToTraditionalCharacters() {
        Localized hant = converter.localize(SeedArticle.TITLE, "长宁与明斯克结为友城。", false);

        assertThat(hant.title()).isIn("「六外聯動」,長寧構建大外事工作格局", "“六外聯動”,長寧構建大外事工作格局");
        assertThat(hant.summary()).isEqualTo("長寧與明斯克結為友城。");
    }

    @Test
    void leavesEnglishArticlesWithoutATraditionalVersion() {
        assertThat(converter.localize("Metro line opens", "A new line opened.", true)).isNull();
    }
}
