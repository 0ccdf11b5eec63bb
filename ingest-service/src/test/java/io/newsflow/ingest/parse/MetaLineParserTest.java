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
    void readsADateBesideViewAndReplyCountersAsADateLine() {
        MetaLine meta = parser.parse("2026/03/02 21:15:10　瀏覽128｜回應3｜推薦5");
        assertThat(meta.isMeta()).isTrue();
        assertThat(meta.date()).isNotNull();
        assertThat(parser.parse("2026-03-02      阅读862次").date()).isNotNull();
        assertThat(parser.parse("读书随笔 2026-03-02 21:15--阅读 · --点赞 · --收藏").date()).isNotNull();
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

    @Test
    void readsLabelsWithoutColonAndTheLabelAfterTheValue() {
        MetaLine posted = parser.parse("发表于 2023-03-04 07:30 - (阅读:120;评论:3)");
        assertThat(posted.labelledDate()).isTrue();
        assertThat(posted.date()).isEqualTo(Instant.parse("2023-03-03T23:30:00Z"));
        MetaLine trailing = parser.parse("2023-03-04 07:30 发布于浙江");
        assertThat(trailing.labelledDate()).isTrue();
        assertThat(trailing.date()).isEqualTo(Instant.parse("2023-03-03T23:30:00Z"));
        assertThat(parser.parse("发布时间 2023/03/04 07:30").labelledDate()).isTrue();
    }

    @Test
    void takesForumPosterAsAuthor() {
        assertThat(parser.parse("〓 某某论坛 发布时间 2023/03/04 07:30:00 by 山野客 〓").values())
                .containsEntry(MetaField.AUTHOR, "山野客");
        assertThat(parser.parse("作者:lakewind 阅读(120) 评论(3)  发表于:2023-03-04 07:30").values())
                .containsEntry(MetaField.AUTHOR, "lakewind");
        assertThat(parser.parse("由山野客张贴 @ 2023-03-04 07:30:00 (370)").values())
                .containsEntry(MetaField.AUTHOR, "山野客");
    }

    @Test
    void cutsSourceAtDateSpaceOrToolWord() {
        assertThat(parser.parse("来源：东湖晨报 2023-03-04 07:30").values()).containsEntry(MetaField.SOURCE, "东湖晨报");
        assertThat(parser.parse("来源：东湖晨报 举报").values()).containsEntry(MetaField.SOURCE, "东湖晨报");
        assertThat(parser.parse("来源：[ 东湖晨报 ]").values()).containsEntry(MetaField.SOURCE, "东湖晨报");
        assertThat(parser.parse("文章来源：东湖网-《东湖晨报》").values()).containsEntry(MetaField.SOURCE, "东湖网-《东湖晨报》");
        assertThat(parser.parse("本文来源于东湖统计局\u30002023-03-04 07:30:00").values())
                .containsEntry(MetaField.SOURCE, "东湖统计局");
    }

    @Test
    void keepsAuthorNamesCleanOfReporterWordsAndMarkup() {
        assertThat(parser.parse("作者：本报记者 林一木").values()).containsEntry(MetaField.AUTHOR, "林一木");
        assertThat(parser.parse("作者： size=\"20\"   来源：东湖晨报").values()).containsEntry(MetaField.AUTHOR, "");
        assertThat(parser.parse("文/林一木").values()).containsEntry(MetaField.AUTHOR, "林一木");
        assertThat(parser.parse("执笔/林一木").values()).containsEntry(MetaField.AUTHOR, "林一木");
        // A government document's issuing body is its author; the word before a second label is no poster's name.
        assertThat(parser.parse("发文机关：    滨江市人民政府          成文日期：      2026年03月01日").values())
                .containsEntry(MetaField.AUTHOR, "滨江市人民政府");
        assertThat(parser.parse("By Jane Fielding, NTV").values()).containsEntry(MetaField.AUTHOR, "Jane Fielding");
        assertThat(parser.parse("书名：山居笔记   出版社：东湖出版社   作者：林一木").values())
                .containsEntry(MetaField.AUTHOR, "林一木");
        // A day and time the parser cannot place on their own still open the meta line.
        assertThat(parser.parse("05日09:40 作者： 林一木 出自[东湖出版社]").values()).containsEntry(MetaField.AUTHOR, "林一木");
    }

    @Test
    void cutsThePageToolLinkGluedToTheSource() {
        assertThat(parser.parse("2026年03月02日 09:15\u3000来源：东湖网参与互动").values())
                .containsEntry(MetaField.SOURCE, "东湖网");
    }

    @Test
    void readsBylineLinesWithoutLabel() {
        assertThat(parser.parse("本报记者 林一木 程晓").values()).containsEntry(MetaField.AUTHOR, "林一木 程晓");
        assertThat(parser.parse("（记者 林一木）").values()).containsEntry(MetaField.AUTHOR, "林一木");
        assertThat(parser.parse("（林一木）").values()).containsEntry(MetaField.AUTHOR, "林一木");
        assertThat(parser.parse("（完）").isMeta()).isFalse();
        assertThat(parser.parse("（东湖网）").isMeta()).isFalse();
    }

    @Test
    void doesNotTakeProseWithByOrPublishedForMeta() {
        assertThat(parser.parse("这篇文章发表于《东湖晨报》，引起了广泛讨论。").isMeta()).isFalse();
        assertThat(parser.parse("by the end of the year the lake was full").isMeta()).isFalse();
        assertThat(parser.parse("图片来源：网络").isMeta()).isFalse();
    }

    @Test
    void endsAForumPostersNameAtTheFootersClosingMark() {
        assertThat(parser.parse("〓某某论坛发布时间 2023/03/04 07:30:00 by 山野客〓← 返回").values())
                .containsEntry(MetaField.AUTHOR, "山野客");
    }

    @Test
    void readsADateBesideThePortalsHostNameAsMeta() {
        MetaLine meta = parser.parse("NEWS.EXAMPLE.COM  2023年03月04日07:30");
        assertThat(meta.isMeta()).isTrue();
        assertThat(meta.date()).isEqualTo(Instant.parse("2023-03-03T23:30:00Z"));
    }
}
