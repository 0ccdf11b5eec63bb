package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.pipeline.InMemoryTermStats;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusStatisticsTest {

    private final InMemoryTermStats store = new InMemoryTermStats();

    @Test
    void countsEachArticleOnceHoweverOftenItIsReplayed() {
        CorpusStatistics statistics = new CorpusStatistics(store);

        statistics.record("a", Set.of("地铁", "换乘"));
        statistics.record("a", Set.of("地铁", "换乘"));
        statistics.record("b", Set.of("地铁"));

        assertThat(statistics.documents()).isEqualTo(2);
        assertThat(statistics.frequency("地铁")).isEqualTo(2);
        assertThat(statistics.frequency("换乘")).isEqualTo(1);
        assertThat(statistics.frequency("芯片")).isZero();
    }

    @Test
    void startsFromWhatTheStoreKeptAndStillCountsNoArticleTwice() {
        CorpusStatistics first = new CorpusStatistics(store);
        first.record("a", Set.of("地铁"));
        first.flush();

        CorpusStatistics restarted = new CorpusStatistics(store);
        restarted.load();
        restarted.record("a", Set.of("地铁"));
        restarted.flush();

        assertThat(restarted.documents()).isEqualTo(1);
        assertThat(restarted.frequency("地铁")).isEqualTo(1);
    }

    @Test
    void writesABatchInOneCommitAndTakesBackAnArticleCountedElsewhere() {
        CorpusStatistics statistics = new CorpusStatistics(store);
        store.countElsewhere("b");

        statistics.record("a", Set.of("地铁", "换乘"));
        statistics.record("b", Set.of("地铁"));
        statistics.record("c", Set.of("芯片"));
        long beforeFlush = statistics.documents();
        statistics.flush();
        statistics.flush();

        assertThat(beforeFlush).isEqualTo(3);
        assertThat(store.commits()).isEqualTo(1);
        assertThat(statistics.documents()).isEqualTo(2);
        assertThat(statistics.frequency("地铁")).isEqualTo(1);
        assertThat(statistics.frequency("芯片")).isEqualTo(1);
    }
}
