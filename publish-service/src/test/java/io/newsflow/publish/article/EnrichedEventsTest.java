package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.EnrichedArticleEvent;
import io.newsflow.model.Recommendation;
import io.newsflow.publish.Articles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrichedEventsTest {

    private final ArticleEnriched stored = Articles.enriched("a", 1, "旧文", Instant.parse("2026-11-01T00:00:00Z"));
    private final ArticleEnriched fresh = Articles.enriched("b", 1, "新文", Instant.parse("2026-11-02T00:00:00Z"));
    private final List<Set<String>> asked = new ArrayList<>();

    private Map<String, ArticleEnriched> held(Set<String> ids) {
        asked.add(ids);
        return ids.contains("a") ? Map.of("a", stored) : Map.of();
    }

    private static ArticleRelationsChanged change(ArticleEnriched article, int version, int seconds, String related) {
        return new ArticleRelationsChanged(article.id(), version, article.enrichedAt().plusSeconds(seconds), null,
                List.of(new Recommendation(related, related, 0.5, List.of())), List.of());
    }

    @Test
    void appliesChangesToTheRecordOfTheSamePollFirstAndAsksTheStoreOnceForTheRest() {
        List<EnrichedArticleEvent> poll = List.of(fresh, change(stored, 1, 1, "b"), change(fresh, 1, 1, "a"),
                change(stored, 1, 2, "c"));

        List<ArticleEnriched> records = EnrichedEvents.records(poll, this::held);

        assertThat(asked).containsExactly(Set.of("a"));
        assertThat(records.get(0)).isSameAs(fresh);
        assertThat(records.get(1).recommendations()).extracting(Recommendation::articleId).containsExactly("b");
        assertThat(records.get(2).id()).isEqualTo("b");
        assertThat(records.get(2).article()).isEqualTo(fresh.article());
        assertThat(records.get(3).recommendations()).extracting(Recommendation::articleId).containsExactly("c");
        assertThat(records.get(3).enrichedAt()).isEqualTo(stored.enrichedAt().plusSeconds(2));
    }

    @Test
    void makesNothingOfAChangeOfAnotherVersionAnOlderChangeOrAnArticleNotHeld() {
        ArticleEnriched unknown = Articles.enriched("z", 1, "无", Instant.now());
        List<EnrichedArticleEvent> poll = List.of(change(stored, 2, 5, "x"), change(stored, 1, 0, "x"),
                change(unknown, 1, 1, "x"));

        assertThat(EnrichedEvents.records(poll, this::held)).containsExactly(null, null, null);
    }

    @Test
    void asksNothingWhenThePollHoldsNoChange() {
        assertThat(EnrichedEvents.records(List.of(fresh, stored), this::held)).containsExactly(fresh, stored);
        assertThat(asked).isEmpty();
    }
}
