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
    void startsFromWhatTheStoreKept() {
        new CorpusStatistics(store).record("a", Set.of("地铁"));

        CorpusStatistics restarted = new CorpusStatistics(store);
        restarted.load();

        assertThat(restarted.documents()).isEqualTo(1);
        assertThat(restarted.frequency("地铁")).isEqualTo(1);
    }
}
