package io.newsflow.console.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.record.RecordView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TailFilterTest {

    static RecordView view(String topic, long offset, long timestamp, String key, String title) {
        return new RecordView(RecordView.id(topic, 0, offset), topic, 0, offset, timestamp, key, title, "长宁时报",
                List.of("国内新闻", "上海新闻"), List.of("虹桥"), null, null, Map.of(), "{}");
    }

    private final RecordView record = view("t", 1, 1, "Article-42", "长宁构建大外事工作格局");

    @Test
    void blankFilterLetsEverythingThrough() {
        assertThat(new TailFilter(null, " ", "", null).matches(record)).isTrue();
    }

    @Test
    void matchesEachCriterionCaseInsensitivelyAsSubstring() {
        assertThat(new TailFilter("article-4", null, null, null).matches(record)).isTrue();
        assertThat(new TailFilter(null, "上海", null, null).matches(record)).isTrue();
        assertThat(new TailFilter(null, null, "虹桥", null).matches(record)).isTrue();
        assertThat(new TailFilter(null, null, "外事", null).matches(record)).as("keyword found in the title").isTrue();
        assertThat(new TailFilter(null, null, null, "长宁").matches(record)).isTrue();
    }

    @Test
    void everyGivenCriterionMustMatch() {
        assertThat(new TailFilter("article-42", "体育", null, null).matches(record)).isFalse();
        assertThat(new TailFilter("other", null, null, null).matches(record)).isFalse();
        assertThat(new TailFilter(null, null, null, "新华社").matches(record)).isFalse();
    }
}
