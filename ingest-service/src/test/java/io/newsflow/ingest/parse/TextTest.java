package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    @Test
    void collapsesEverySpaceRunToOneSpaceAndTrims() {
        assertThat(Text.clean("  市民\u3000\u3000 公园\t\n开放\u00A0时间 ")).isEqualTo("市民 公园 开放 时间");
        assertThat(Text.clean("\u200B\uFEFF晚报\u2003讯\u202F")).isEqualTo("晚报 讯");
    }

    @Test
    void returnsACleanLineAsItIs() {
        String clean = "本报讯 记者 王小川 报道";

        assertThat(Text.clean(clean)).isSameAs(clean);
    }

    @Test
    void stripsListBulletsOfDumps() {
        assertThat(Text.clean("  •▶ 天气预报")).isEqualTo("天气预报");
        assertThat(Text.clean("★☆")).isEmpty();
        assertThat(Text.clean("新闻•体育")).isEqualTo("新闻•体育");
    }

    @Test
    void compactRemovesEverySpace() {
        assertThat(Text.compact(" 城市 \u3000更新\n行动 ")).isEqualTo("城市更新行动");
    }

    @Test
    void answersAsTheRegularExpressionDidOnMixedInput() {
        String[] lines = {"a  b", " a b ", "\t\ta\u000Bb\f", "甲\u2000\u2001乙", "x\u205Fy", "", "   ", "单"};
        for (String line : lines) {
            assertThat(Text.clean(line)).as(line).isEqualTo(ANY_SPACE.matcher(line).replaceAll(" ").trim());
            assertThat(Text.compact(line)).as(line).isEqualTo(ANY_SPACE.matcher(line).replaceAll(""));
        }
    }

    @Test
    void countsHanLatinAndDigitsButNotPunctuation() {
        assertThat(Text.letters("新华社3月5日电，AI〇㐀𠀀！")).isEqualTo(13);
        assertThat(Text.isHan('〇')).isTrue();
        assertThat(Text.isHan('，')).isFalse();
        assertThat(Text.isHan('A')).isFalse();
    }
}
