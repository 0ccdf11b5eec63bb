package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
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
    }, Clock.systemUTC(), new SimpleMeterRegistry(),
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

    private static ArticleSubmission article(String title, String body) {
        return new ArticleSubmission(null, title, body, "", null, "来源", "", List.of(), "zh-Hans", Origin.API, List.of());
    }
}
