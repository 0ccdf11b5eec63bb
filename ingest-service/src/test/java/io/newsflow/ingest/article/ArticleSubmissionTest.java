package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.parse.ParsedPage;
import io.newsflow.model.Origin;
import io.newsflow.model.ParseWarning;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSubmissionTest {

    private static final Instant LISTED = Instant.parse("2026-11-27T01:00:00Z");

    private final ParsedPage page = new ParsedPage("标题", null, "", "", "", List.of(), List.of("正文。"), List.of(),
            "zh-Hans", List.of(parsed("publishedAt", "no date on the page"), parsed("source", "no 来源 on the page"),
                    parsed("author", "no 作者 on the page")));

    @Test
    void shouldCarryTheWarningsOfAParsedPage() {
        ArticleSubmission submission = ArticleSubmission.ofPage(page, "https://news.example.cn/a.html", Origin.PAGE);

        assertThat(submission.parseWarnings()).containsExactly(new ParseWarning("publishedAt", "no date on the page"),
                new ParseWarning("source", "no 来源 on the page"), new ParseWarning("author", "no 作者 on the page"));
    }

    @Test
    void shouldDropTheWarningsOfFieldsTheListingFilledIn() {
        ArticleSubmission submission = ArticleSubmission.ofPage(page, "https://news.example.cn/a.html", Origin.FEED)
                .orElse(LISTED, "示例新闻网");

        assertThat(submission.publishedAt()).isEqualTo(LISTED);
        assertThat(submission.source()).isEqualTo("示例新闻网");
        assertThat(submission.parseWarnings()).extracting(ParseWarning::field).containsExactly("author");
    }

    @Test
    void shouldKeepTheWarningsWhenTheListingHasNothingEither() {
        ArticleSubmission submission = ArticleSubmission.ofPage(page, "https://news.example.cn/a.html", Origin.FEED)
                .orElse(null, " ");

        assertThat(submission.source()).isEmpty();
        assertThat(submission.parseWarnings()).extracting(ParseWarning::field)
                .containsExactly("publishedAt", "source", "author");
    }

    @Test
    void articlesSentAsJsonHaveNoWarnings() {
        ArticleSubmission submission = new ArticleSubmission(null, "标题", "正文。", "", null, "来源", "", List.of(),
                "zh-Hans", Origin.API, List.of());

        assertThat(submission.parseWarnings()).isEmpty();
    }

    private static ParseWarning parsed(String field, String message) {
        return new ParseWarning(field, message);
    }
}
