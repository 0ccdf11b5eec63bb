package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    static ArticleIngested ingested() {
        return new ArticleIngested("5d2c1f0e8a7b6c4d", null, null, "“六外联动”,长宁构建大外事工作格局",
                new Body("围绕虹桥国际开放枢纽建设", "<p>围绕虹桥国际开放枢纽建设</p>"),
                Instant.parse("2021-10-15T07:08:02Z"), "长宁时报", "", List.of("国内新闻", "上海新闻"), "zh-Hans",
                "0".repeat(64), 1, Instant.parse("2026-11-27T03:30:00Z"), Origin.PAGE, List.of());
    }

    static ArticleIngested withWarnings() {
        ArticleIngested a = ingested();
        return new ArticleIngested(a.id(), a.url(), a.canonicalUrl(), a.title(), a.body(), a.publishedAt(), "",
                "", a.breadcrumb(), a.language(), a.contentHash(), a.version(), a.ingestedAt(), a.origin(),
                a.sourceKeywords(), List.of(new ParseWarning("source", "no 来源"), new ParseWarning("author", "no 作者")));
    }

    @Test
    void roundTripsArticleIngestedWithParseWarnings() {
        ArticleIngested event = withWarnings();

        ArticleIngested read = EventCodec.decode(EventCodec.encode(event), ArticleIngested.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.parseWarnings()).extracting(ParseWarning::field).containsExactly("source", "author");
    }

    @Test
    void leavesParseWarningsOutOfTheJsonWhenThereAreNone() {
        String json = new String(EventCodec.encode(ingested()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("parseWarnings");
    }

    @Test
    void roundTripsArticleIngested() {
        ArticleIngested event = ingested();

        ArticleIngested read = EventCodec.decode(EventCodec.encode(event), ArticleIngested.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void roundTripsArticleEnriched() {
        ArticleEnriched event = new ArticleEnriched(ingested(),
                List.of(new Category("domestic/shanghai", List.of("国内新闻", "上海新闻"), "上海新闻", 1.0,
                        Category.AssignedBy.BREADCRUMB)),
                List.of(new Keyword("长宁", 0.9)), List.of(new Entity("长宁", Entity.Type.PLACE, 3)), "摘要。",
                "00ff00ff00ff00ff", null, List.of(new Recommendation("x", "t", 0.5, List.of("长宁"))), "enrich-1",
                Instant.parse("2026-11-27T03:30:01Z"), List.of("上海", "长宁"),
                new Localized("「六外聯動」", "摘要。"), List.of("新民晚报"));

        ArticleEnriched read = EventCodec.decode(EventCodec.encode(event), ArticleEnriched.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.id()).isEqualTo("5d2c1f0e8a7b6c4d");
    }

    @Test
    void writesInstantsAsIsoStrings() {
        String json = new String(EventCodec.encode(ingested()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"publishedAt\":\"2021-10-15T07:08:02Z\"");
    }

    @Test
    void ignoresUnknownFields() {
        String json = "{\"id\":\"a\",\"title\":\"t\",\"version\":2,\"origin\":\"API\",\"futureField\":{\"x\":[1,2]}}";

        ArticleIngested read = EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), ArticleIngested.class);

        assertThat(read.id()).isEqualTo("a");
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.breadcrumb()).isEmpty();
    }

    @Test
    void reportsMalformedBodies() {
        assertThatThrownBy(() -> EventCodec.decode("{not json".getBytes(StandardCharsets.UTF_8), ArticleIngested.class))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessageContaining("ArticleIngested");
    }
}
