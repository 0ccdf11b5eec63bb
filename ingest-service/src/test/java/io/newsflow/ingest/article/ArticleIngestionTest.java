package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import io.newsflow.model.ParseWarning;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ArticleIngestionTest {

    private final List<ArticleIngested> published = new ArrayList<>();
    private final Map<String, IngestedArticle> stored = new HashMap<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ArticleIngestion ingestion = new ArticleIngestion(article -> {
        published.add(article);
        return CompletableFuture.completedFuture(null);
    }, new IngestedArticleStore() {
        @Override
        public Optional<IngestedArticle> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void saveAll(Collection<IngestedArticle> articles) {
            articles.forEach(a -> stored.put(a.latest().id(), a));
        }
    }, Clock.systemUTC(), meters,
            new IngestProperties("t", "a", null, null, DataSize.ofKilobytes(16)));

    @Test
    void shouldRefuseAnArticleTooLargeToPublishWithoutTouchingKafka() {
        assertThatThrownBy(() -> ingestion.ingest(article("大文章", "长".repeat(20_000))))
                .isInstanceOf(ArticleTooLargeException.class).hasMessageContaining("bytes as an event");

        assertThat(published).isEmpty();
        assertThat(stored).isEmpty();
    }

    @Test
    void shouldAnswerAnOversizedBatchLineOnItsOwnAndAcceptTheRest() {
        List<IngestResult> results = ingestion.ingestAll(List.of(article("大文章", "长".repeat(20_000)),
                article("小文章", "短短的正文。")));

        assertThat(results).extracting(IngestResult::status)
                .containsExactly(IngestResult.Status.TOO_LARGE, IngestResult.Status.ACCEPTED);
        assertThat(published).extracting(ArticleIngested::title).containsExactly("小文章");
        assertThat(stored).hasSize(1);
    }

    @Test
    void shouldPublishAndStoreTheParseWarningsWithTheArticle() {
        IngestResult result = ingestion.ingest(page("https://news.example.cn/a/1.html", "", "正文。", SOURCE, AUTHOR));

        assertThat(published).singleElement().satisfies(event -> assertThat(event.parseWarnings())
                .containsExactly(SOURCE, AUTHOR));
        assertThat(stored.get(result.id()).latest().parseWarnings()).containsExactly(SOURCE, AUTHOR);
    }

    @Test
    void shouldCountParseWarningsPerSiteOncePerAcceptedVersion() {
        ingestion.ingest(page("https://www.news.example.cn/a/1.html", "", "正文。", SOURCE, AUTHOR));
        ingestion.ingest(page("https://m.news.example.cn/a/1.html?utm_source=x", "", "正文。", SOURCE, AUTHOR));
        ingestion.ingest(page("https://news.example.cn/a/1.html", "", "改过的正文。", SOURCE));
        ingestion.ingest(page("https://other.example.org/b.html", "", "别的正文。", SOURCE));

        assertThat(warnings("source", "news.example.cn")).isEqualTo(2.0);
        assertThat(warnings("author", "news.example.cn")).isEqualTo(1.0);
        assertThat(warnings("source", "other.example.org")).isEqualTo(1.0);
    }

    @Test
    void shouldCountWarningsOfAnArticleWithoutUrlUnderItsSourceOrUnknown() {
        ingestion.ingest(page(null, "长宁时报", "有来源的正文。", AUTHOR));
        ingestion.ingest(page(null, "", "没有来源的正文。", SOURCE));

        assertThat(warnings("author", "长宁时报")).isEqualTo(1.0);
        assertThat(warnings("source", "unknown")).isEqualTo(1.0);
    }

    @Test
    void shouldCountSitesPastTheLimitAsOther() {
        for (int i = 0; i <= ParseWarningMetrics.MAX_SITES; i++) {
            ingestion.ingest(page("https://site" + i + ".example.cn/a.html", "", "正文 " + i, SOURCE));
        }

        assertThat(meters.find(ParseWarningMetrics.NAME).counters()).hasSize(ParseWarningMetrics.MAX_SITES + 1);
        assertThat(warnings("source", "other")).isEqualTo(1.0);
    }

    private static final ParseWarning SOURCE = new ParseWarning("source", "no 来源 on the page");
    private static final ParseWarning AUTHOR = new ParseWarning("author", "no 作者 on the page");

    private double warnings(String field, String source) {
        Counter counter = meters.find(ParseWarningMetrics.NAME).tags("field", field, "source", source).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ArticleSubmission page(String url, String source, String body, ParseWarning... warnings) {
        return new ArticleSubmission(url, "标题", body, "", null, source, "", List.of(), "zh-Hans", Origin.PAGE,
                List.of(), List.of(warnings));
    }

    private static ArticleSubmission article(String title, String body) {
        return new ArticleSubmission(null, title, body, "", null, "来源", "", List.of(), "zh-Hans", Origin.API, List.of());
    }
}
