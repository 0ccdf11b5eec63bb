package io.newsflow.console.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.record.RecordView;
import org.junit.jupiter.api.Test;

class TailBufferTest {

    private final TailFilter all = new TailFilter(null, null, null, null);

    @Test
    void keepsTheNewestRecordsPerTopicInTimestampOrder() {
        TailBuffer buffer = new TailBuffer(3);
        buffer.add(TailFilterTest.view("a", 1, 10, "k1", "x"));
        buffer.add(TailFilterTest.view("a", 2, 30, "k2", "x"));
        buffer.add(TailFilterTest.view("a", 3, 20, "k3", "x"));
        buffer.add(TailFilterTest.view("a", 4, 40, "k4", "x"));
        buffer.add(TailFilterTest.view("b", 1, 5, "k5", "x"));

        assertThat(buffer.matching(all)).extracting(RecordView::key).containsExactly("k5", "k3", "k2", "k4");
    }

    @Test
    void returnsOnlyWhatTheFilterLetsThrough() {
        TailBuffer buffer = new TailBuffer(10);
        buffer.add(TailFilterTest.view("a", 1, 10, "wanted", "x"));
        buffer.add(TailFilterTest.view("a", 2, 20, "other", "x"));

        assertThat(buffer.matching(new TailFilter("want", null, null, null))).extracting(RecordView::key)
                .containsExactly("wanted");
    }
}
