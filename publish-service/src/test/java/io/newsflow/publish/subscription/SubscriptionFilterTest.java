package io.newsflow.publish.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.Articles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    private final ArticleEnriched shanghai = Articles.enriched("a", 1, "t", Instant.now(), List.of("国内新闻", "上海新闻"),
            "长宁时报", List.of("进博会"), List.of());

    @Test
    void matchesACategoryPathAndEverythingBelowIt() {
        assertThat(filter(List.of("国内新闻"), null, null, null).matches(shanghai)).isTrue();
        assertThat(filter(List.of("国内新闻/上海新闻"), null, null, null).matches(shanghai)).isTrue();
        assertThat(filter(List.of("国内"), null, null, null).matches(shanghai)).isFalse();
        assertThat(filter(List.of("体育", "国内新闻/上海新闻/"), null, null, null).matches(shanghai)).isTrue();
    }

    @Test
    void requiresEveryGivenListToMatch() {
        assertThat(filter(null, List.of("进博会"), List.of("长宁时报"), "zh").matches(shanghai)).isTrue();
        assertThat(filter(null, List.of("进博会"), List.of("新民晚报"), null).matches(shanghai)).isFalse();
        assertThat(filter(null, List.of("马拉松"), null, null).matches(shanghai)).isFalse();
        assertThat(filter(null, null, null, "en").matches(shanghai)).isFalse();
        assertThat(SubscriptionFilter.ALL.matches(shanghai)).isTrue();
    }

    private static SubscriptionFilter filter(List<String> categories, List<String> keywords, List<String> sources,
            String language) {
        return new SubscriptionFilter(categories, keywords, sources, language);
    }
}
