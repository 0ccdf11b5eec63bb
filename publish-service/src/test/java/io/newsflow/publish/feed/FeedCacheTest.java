package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.Articles;
import io.newsflow.publish.PublishProperties;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedCacheTest {

    private final FeedCache cache = new FeedCache(new PublishProperties("http://x", 2, 3, null));

    @Test
    void keepsTheNewestArticlesNewestFirstWithinItsCapacity() {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            cache.apply(Articles.enriched("a" + i, 1, "标题" + i, now.plusSeconds(i)));
        }

        assertThat(cache.snapshot().items()).extracting(ArticleEnriched::id).containsExactly("a4", "a3", "a2");
        assertThat(cache.find("a0")).isEmpty();
    }

    @Test
    void ordersArticlesOfOneMillisecondByIdAsCursorsDo() {
        Instant millisecond = Instant.parse("2026-03-10T12:00:00.123Z");
        cache.apply(Articles.enriched("b", 1, "后到", millisecond.plusNanos(900_000)));
        cache.apply(Articles.enriched("a", 1, "先到", millisecond.plusNanos(100_000)));

        assertThat(cache.snapshot().items()).extracting(ArticleEnriched::id).containsExactly("a", "b");
        Cursor afterA = Cursor.parse(Cursor.of(cache.find("a").orElseThrow()).encode());
        assertThat(afterA.isBefore(cache.find("b").orElseThrow())).isTrue();
    }

    @Test
    void ignoresTheSameOrAnOlderVersionAndCountsRevisionsOnlyOnChange() {
        Instant now = Instant.now();
        assertThat(cache.apply(Articles.enriched("x", 2, "第二版", now))).isTrue();
        long revision = cache.revision();

        assertThat(cache.apply(Articles.enriched("x", 1, "第一版", now))).isFalse();
        assertThat(cache.revision()).isEqualTo(revision);
        assertThat(cache.find("x").orElseThrow().article().title()).isEqualTo("第二版");
        assertThat(cache.apply(Articles.enriched("x", 3, "第三版", now))).isTrue();
        assertThat(cache.snapshot().items()).hasSize(1);
    }
}
