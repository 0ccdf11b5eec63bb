package io.newsflow.enrich.similar;

import static io.newsflow.enrich.similar.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarArticlesTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final long HASH = 0x0123456789abcdefL;

    private final SimilarArticles similar = new SimilarArticles(SimilarityProperties.defaults());

    @Test
    void marksACopyAndListsItsSourceOnTheOriginal() {
        similar.place(article("original", "新民晚报", T0, HASH, "地铁", "换乘"));

        Placement copy = similar.place(article("copy", "东方网", T0.plusSeconds(3600), HASH ^ 0b101, "地铁", "换乘"));

        assertThat(copy.self().duplicateOf()).isEqualTo("original");
        assertThat(copy.others()).containsOnlyKeys("original");
        assertThat(copy.others().get("original").alsoReportedBy()).containsExactly("东方网");
        assertThat(copy.self().recommendations()).isEmpty();
    }

    @Test
    void treatsCopiesFurtherApartThanTheWindowAsSeparateArticles() {
        similar.place(article("last-year", "新民晚报", T0, HASH, "年报"));

        Placement later = similar.place(article("this-year", "新民晚报", T0.plus(Duration.ofDays(8)), HASH, "年报"));

        assertThat(later.self().duplicateOf()).isNull();
        assertThat(later.self().recommendations()).isEmpty();
    }

    @Test
    void letsAnEarlierPublishedOriginalThatArrivesLateTakeTheClusterOver() {
        similar.place(article("copy", "东方网", T0.plusSeconds(600), HASH, "地铁"));

        Placement original = similar.place(article("original", "新民晚报", T0, HASH ^ 1, "地铁"));

        assertThat(original.self().duplicateOf()).isNull();
        assertThat(original.self().alsoReportedBy()).containsExactly("东方网");
        assertThat(original.others().get("copy").duplicateOf()).isEqualTo("original");
    }

    @Test
    void recommendsByKeywordOverlapAndPrefersRecentArticles() {
        similar.place(article("old", "a", T0, 0x1111_0000_0000_0000L, "地铁", "换乘", "乘客"));
        similar.place(article("recent", "b", T0.plus(Duration.ofDays(59)), 0x0000_2222_0000_0000L, "地铁", "换乘", "乘客"));
        similar.place(article("other", "c", T0.plus(Duration.ofDays(59)), 0x0000_0000_3333_0000L, "芯片"));

        Placement placed = similar.place(article("new", "d", T0.plus(Duration.ofDays(60)), 0x0000_0000_0000_4444L,
                "地铁", "换乘", "乘客"));

        assertThat(placed.self().recommendations()).extracting(Recommendation::articleId)
                .containsExactly("recent", "old");
        assertThat(placed.self().recommendations().get(0).reasons()).containsExactlyInAnyOrder("地铁", "换乘", "乘客");
        assertThat(placed.self().recommendations().get(1).score()).isLessThan(0.3);
        assertThat(placed.others()).containsKeys("recent", "old").doesNotContainKey("other");
    }

    @Test
    void boundsTheOlderArticlesOneNewArticleUpdates() {
        for (int i = 0; i < 60; i++) {
            similar.place(article("a" + i, "s" + i, T0.plusSeconds(i), new Random(i).nextLong(), "地铁"));
        }

        Placement placed = similar.place(article("new", "n", T0.plusSeconds(100), 0x7777_7777_7777_7777L, "地铁"));

        assertThat(placed.others()).hasSizeLessThanOrEqualTo(20);
        assertThat(placed.self().recommendations()).hasSize(5);
    }

    @Test
    void stopsRecommendingAnArticleOnceAnEarlierOriginalMakesItACopy() {
        similar.place(article("copy", "东方网", T0.plusSeconds(600), HASH, "地铁", "换乘"));
        similar.place(article("original", "新民晚报", T0, HASH ^ 1, "地铁", "换乘"));

        Placement placed = similar.place(article("new", "d", T0.plusSeconds(7200), ~HASH, "地铁", "换乘"));

        assertThat(placed.self().recommendations()).extracting(Recommendation::articleId).containsExactly("original");
    }

    @Test
    void lowersTheScoreOfAListedArticleWhenANewVersionSharesLessWithIt() {
        similar.place(article("target", "s", T0, 0L, "地铁", "换乘", "乘客"));
        for (int i = 1; i <= 5; i++) {
            similar.place(article("r" + i, "s" + i, T0, new Random(i).nextLong(), "地铁", "换乘", "乘客"));
        }

        Placement again = similar.place(article("r1", "s1", T0, new Random(1).nextLong(), "地铁"));

        assertThat(again.others()).containsKey("target");
        assertThat(again.others().get("target").recommendations())
                .filteredOn(r -> r.articleId().equals("r1")).singleElement()
                .satisfies(r -> assertThat(r.score()).isLessThan(0.6));
    }
}
