package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ParseWarning;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetaCollectorTest {

    private final MetaCollector collector = new MetaCollector(new MetaLineParser(new DateParser(TestPages.CLOCK)));

    private static PageDraft draft(StructuredMeta structured, String... lines) {
        List<Line> docLines = Arrays.stream(lines).map(Line::plain).toList();
        return new PageDraft(docLines, 1, docLines, 2, List.of(), lines[1], null, Set.of(), structured);
    }

    @Test
    void takesTheTimeNextToTheHeadlineOverMetadataOfTheSameDay() {
        StructuredMeta structured = new StructuredMeta("", Instant.parse("2024-05-19T22:52:00Z"), "", "", "", true, null);
        MetaCollector.Meta meta = collector.collect(draft(structured, "首页 > 新闻", "渡口恢复通航",
                " 2024年05月20日 04:04 东湖日报 ", "正文第一段，渡口今天恢复通航。"), List.of(), null);
        assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2024-05-19T20:04:00Z"));
        assertThat(meta.source()).isEqualTo("东湖日报");
    }

    @Test
    void prefersTheDayTheUrlAgreesWithAndSkipsRelatedListDates() {
        MetaCollector.Meta meta = collector.collect(draft(StructuredMeta.NONE, "首页", "渡口恢复通航",
                "09-30 22:46", "正文第一段。", "相关新闻", "发布时间：2018-01-02 08:00"), List.of(),
                "https://news.example.com/2019-09/30/content_1.htm");
        assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2019-09-30T14:46:00Z"));
    }

    @Test
    void prefersNamedSourceToPlaceholderAndWarnsForWhatIsMissing() {
        MetaLineParser parser = new MetaLineParser(new DateParser(TestPages.CLOCK));
        MetaCollector.Meta meta = collector.collect(draft(StructuredMeta.NONE, "首页", "渡口恢复通航",
                "2024-05-20 09:30 来源：转载文章", "正文第一段。"), List.of(parser.parse("来源：东湖日报")), null);
        assertThat(meta.source()).isEqualTo("东湖日报");
        assertThat(meta.author()).isEmpty();
        assertThat(meta.warnings()).extracting(ParseWarning::field).containsExactly("author", "editor");
    }

    @Test
    void findsReporterInTheFirstParagraph() {
        MetaCollector.Meta meta = collector.collect(draft(StructuredMeta.NONE, "首页", "渡口恢复通航",
                "本报讯（记者 林一木 程晓）昨天上午，渡口恢复通航。"), List.of(), null);
        assertThat(meta.author()).isEqualTo("林一木 程晓");
        assertThat(meta.publishedAt()).isNull();
        assertThat(meta.warnings()).extracting(ParseWarning::field).contains("publishedAt", "source");
    }

    @Test
    void takesWriterPrintedBetweenHeadlineAndSubtitle() {
        List<Line> lines = List.of(Line.plain("山居笔记(下)"), Line.plain("林一木"), Line.plain("——论山居的方式"),
                Line.plain("正文第一段，山里的日子很慢。"));
        PageDraft draft = new PageDraft(lines, 2, lines, 3, List.of(), "——论山居的方式", null, Set.of(), StructuredMeta.NONE);
        assertThat(collector.collect(draft, List.of(), null).author()).isEqualTo("林一木");
        List<Line> nav = List.of(new Line("首页", 2, 0, false), Line.plain("渡口恢复通航"), Line.plain("正文第一段。"));
        PageDraft withNav = new PageDraft(nav, 1, nav, 2, List.of(), "渡口恢复通航", null, Set.of(), StructuredMeta.NONE);
        assertThat(collector.collect(withNav, List.of(), null).author()).isEmpty();
    }
}
