package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetaLineParserTest {

    private final MetaLineParser parser = new MetaLineParser(new DateParser(TestPages.CLOCK));

    @Test
    void splitsSeveralLabelsSeparatedByNonBreakingSpaces() {
        MetaLine meta = parser.parse("时间:2021-10-15 15:08:02\u00A0\u00A0来源:长宁时报\u00A0\u00A0作者:");
        assertThat(meta.isMeta()).isTrue();
        assertThat(meta.date()).isEqualTo(Instant.parse("2021-10-15T07:08:02Z"));
        assertThat(meta.labelledDate()).isTrue();
        assertThat(meta.values()).containsEntry(MetaField.SOURCE, "长宁时报").containsEntry(MetaField.AUTHOR, "");
    }

    @Test
    void keepsEditorApartFromAuthor() {
        MetaLine meta = parser.parse("来源:新华社 记者:王刚 张丽 责任编辑:刘洋");
        assertThat(meta.values()).containsEntry(MetaField.AUTHOR, "王刚 张丽").containsEntry(MetaField.EDITOR, "刘洋");
    }

    @Test
    void endsValueAtIdeographicSpaceAndStripsBrackets() {
        assertThat(parser.parse("發布時間:2025-12-01 08:00\u3000來源:經濟日報\u3000編輯:林小華").values())
                .containsEntry(MetaField.SOURCE, "經濟日報").containsEntry(MetaField.EDITOR, "林小華");
        assertThat(parser.parse("(责任编辑:刘洋)").values()).containsEntry(MetaField.EDITOR, "刘洋");
    }

    @Test
    void treatsBareDateLineAsMetaWithoutLabel() {
        MetaLine meta = parser.parse("2019.11.02 星期六");
        assertThat(meta.isMeta()).isTrue();
        assertThat(meta.labelledDate()).isFalse();
        assertThat(meta.date()).isEqualTo(Instant.parse("2019-11-01T16:00:00Z"));
    }

    @Test
    void doesNotMistakeProseOrFooterForMeta() {
        assertThat(parser.parse("数据来源:国家统计局").isMeta()).isFalse();
        assertThat(parser.parse("外籍人士深情感慨:“长宁是我的第二故乡!”").isMeta()).isFalse();
        assertThat(parser.parse("本页面生成时间:2026-11-26 23:58:41").isMeta()).isFalse();
    }
}
