package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.publish.Articles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RomeFeedRendererTest {

    @Test
    void shouldDropCharactersXmlCannotCarryInsteadOfFailingTheWholeFeed() {
        String scraped = "标题\u0000\u001b[31m\uFFFF\uD800尾";
        FeedEntry entry = FeedEntry.of(Articles.enriched("ctl", 1, scraped, Instant.now(), List.of("国内新闻", scraped),
                "来源", List.of(scraped), List.of()), "http://x", null, false);
        FeedView view = new FeedView("最近更新", "http://x", "http://x/feeds/latest.rss", "http://x/hub", null,
                "zh-Hans", Instant.now(), List.of(entry));

        for (FeedFormat format : List.of(FeedFormat.RSS, FeedFormat.ATOM)) {
            String xml = new String(new RomeFeedRenderer().render(view, format), StandardCharsets.UTF_8);

            assertThat(xml).contains("<title>标题[31m尾</title>", "国内新闻/标题[31m尾").doesNotContain("\u0000")
                    .doesNotContain("\u001b");
        }
    }

    @Test
    void shouldKeepMarkupInTheSummaryTextForReadersThatTakeDescriptionsAsHtml() {
        FeedEntry entry = FeedEntry.of(Articles.enriched("sum", 1, "标题", Instant.now()), "http://x", null, false);
        FeedEntry hostile = new FeedEntry(entry.id(), entry.url(), null, entry.title(),
                "摘要<script>window.__xss=1</script>", entry.contentHtml(), entry.contentText(), entry.published(),
                entry.modified(), entry.author(), entry.source(), entry.categories(), entry.keywords(), entry.places(),
                entry.language(), entry.version(), entry.entities(), entry.related());
        FeedView view = new FeedView("最近更新", "http://x", "http://x/feeds/latest.rss", "http://x/hub", null,
                "zh-Hans", Instant.now(), List.of(hostile));

        String rss = new String(new RomeFeedRenderer().render(view, FeedFormat.RSS), StandardCharsets.UTF_8);

        assertThat(rss).contains("<description>摘要&amp;lt;script&amp;gt;window.__xss=1&amp;lt;/script&amp;gt;"
                + "</description>");
    }
}
