package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void detectsTraditionalWhenTraditionalOnlyCharactersDominate() {
        assertThat(LanguageDetector.detect("港務局週一公布的數據顯示,這是連續第三個月錄得回升,業界人士說需求轉強。"))
                .isEqualTo("zh-Hant");
    }

    @Test
    void defaultsToSimplifiedForSimplifiedAndNeutralText() {
        assertThat(LanguageDetector.detect("这是连续第三个月回升,业界人士说需求转强。")).isEqualTo("zh-Hans");
        assertThat(LanguageDetector.detect("山水")).isEqualTo("zh-Hans");
    }

    @Test
    void detectsEnglishWhenLatinLettersDominate() {
        assertThat(LanguageDetector.detect("The floating library opened on Friday in 上海.")).isEqualTo("en");
    }
}
