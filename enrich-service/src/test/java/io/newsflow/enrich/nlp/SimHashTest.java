package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void nearCopiesAreCloseAndDifferentArticlesAreFar() {
        String original = SeedArticle.body();
        String edited = original.replace("长宁区登记的境外人口有8万余人", "长宁区登记的境外人口约有8万人");
        String other = "上海今天迎来降温,最高气温只有十二度,市气象台提醒市民注意保暖,出行带好雨具。"
                + "本周后期还有一次冷空气影响本市,气温将继续下降,郊区最低气温可能接近零度。";

        long a = SimHash.of(segmenter.tokens(original));
        long b = SimHash.of(segmenter.tokens(edited));
        long c = SimHash.of(segmenter.tokens(other));

        assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(3);
        assertThat(SimHash.distance(a, c)).isGreaterThan(10);
        assertThat(SimHash.hex(a)).hasSize(16);
    }
}
