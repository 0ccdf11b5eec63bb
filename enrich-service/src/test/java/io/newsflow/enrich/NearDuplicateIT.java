package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Recommendation;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NearDuplicateIT extends EnrichServiceFixture {

    @Test
    void marksACopyFromAnotherSourceAndRepublishesTheOriginalWithThatSource() throws Exception {
        String run = UUID.randomUUID().toString();
        ArticleIngested original = corpus("sp-1", "original-" + run);
        ArticleIngested copy = corpus("sp-1c", "copy-" + run);
        try (TopicReader enriched = enrichedTopic()) {
            send(original);
            await().atMost(Duration.ofSeconds(60)).until(() -> find(enriched.poll(), original.id()) != null);
            send(copy);

            List<ArticleEnriched> originals = await().atMost(Duration.ofSeconds(60))
                    .until(() -> events(enriched.poll(), original.id()), list -> list.size() >= 2);

            ArticleEnriched copyEvent = events(enriched.poll(), copy.id()).get(0);
            assertThat(copyEvent.duplicateOf()).isEqualTo(original.id());
            assertThat(originals.get(0).alsoReportedBy()).isEmpty();
            assertThat(originals.get(1).alsoReportedBy()).containsExactly(copy.source());
            assertThat(originals.get(1).enrichedAt()).isAfter(originals.get(0).enrichedAt());
            assertThat(stored(original.id()).getList("alsoReportedBy", String.class)).containsExactly(copy.source());
        }
    }

    @Test
    void recommendsARelatedArticleAndUpdatesTheOlderOnesList() throws Exception {
        String run = UUID.randomUUID().toString();
        ArticleIngested older = corpus("te-2", "chips-" + run);
        ArticleIngested newer = corpus("te-4", "compute-" + run);
        try (TopicReader enriched = enrichedTopic()) {
            send(older);
            await().atMost(Duration.ofSeconds(60)).until(() -> find(enriched.poll(), older.id()) != null);
            send(newer);

            List<ArticleEnriched> olderEvents = await().atMost(Duration.ofSeconds(60))
                    .until(() -> events(enriched.poll(), older.id()), list -> list.size() >= 2);

            ArticleEnriched newerEvent = events(enriched.poll(), newer.id()).get(0);
            assertThat(newerEvent.recommendations()).extracting(Recommendation::articleId).contains(older.id());
            assertThat(olderEvents.get(1).recommendations()).extracting(Recommendation::articleId)
                    .contains(newer.id());
            assertThat(olderEvents.get(1).enrichedAt()).isAfter(olderEvents.get(0).enrichedAt());
        }
    }
}
