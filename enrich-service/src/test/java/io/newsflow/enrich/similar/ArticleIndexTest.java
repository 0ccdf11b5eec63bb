package io.newsflow.enrich.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {

    @Test
    void findsEveryHashWithinThreeBitsThroughItsBands() {
        Random random = new Random(42);
        ArticleIndex index = new ArticleIndex(100, 100_000);
        List<IndexedArticle> stored = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            IndexedArticle article = new IndexedArticle(
                    Articles.article("a" + i, "s", Instant.EPOCH, random.nextLong(), "t" + i));
            index.add(article);
            stored.add(article);
        }
        for (IndexedArticle article : stored) {
            long near = article.simhash;
            for (int flip = 0; flip < 3; flip++) {
                near ^= 1L << random.nextInt(64);
            }
            assertThat(index.bandCandidates(near)).contains(article);
        }
    }

    @Test
    void looksAtAFewBucketsNotTheWholeIndex() {
        Random random = new Random(7);
        ArticleIndex index = new ArticleIndex(100, 100_000);
        for (int i = 0; i < 20_000; i++) {
            index.add(new IndexedArticle(Articles.article("a" + i, "s", Instant.EPOCH, random.nextLong(), "t")));
        }
        assertThat(index.bandCandidates(random.nextLong()).size()).isLessThan(20);
    }

    @Test
    void keepsOnlyTheMostRecentPostingsPerTerm() {
        ArticleIndex index = new ArticleIndex(3, 100);
        for (int i = 0; i < 10; i++) {
            index.add(new IndexedArticle(Articles.article("a" + i, "s", Instant.EPOCH, i, "地铁")));
        }
        assertThat(index.postings("地铁")).extracting(a -> a.id).containsExactly("a7", "a8", "a9");
    }

    @Test
    void forgetsARemovedArticleInThePostingsAndReusesItsPlace() {
        ArticleIndex index = new ArticleIndex(3, 100);
        for (int i = 0; i < 5; i++) {
            index.add(new IndexedArticle(Articles.article("a" + i, "s", Instant.EPOCH, i, "地铁")));
        }
        index.remove("a3");
        index.add(new IndexedArticle(Articles.article("a5", "s", Instant.EPOCH, 5, "地铁", "换乘")));
        index.add(new IndexedArticle(Articles.article("a6", "s", Instant.EPOCH, 6, "换乘")));

        assertThat(index.postings("地铁")).extracting(a -> a.id).containsExactly("a2", "a4", "a5");
        assertThat(index.postings("换乘")).extracting(a -> a.id).containsExactly("a5", "a6");
        assertThat(index.get("a3")).isNull();
    }

    @Test
    void dropsTheOldestArticlesBeyondItsCapacity() {
        ArticleIndex index = new ArticleIndex(10, 5);
        for (int i = 0; i < 8; i++) {
            index.add(new IndexedArticle(Articles.article("a" + i, "s", Instant.EPOCH, i * 0x10001L, "t")));
        }
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.get("a0")).isNull();
        assertThat(index.bandCandidates(0)).noneMatch(a -> a.id.equals("a0"));
    }
}
