package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SourceRegistryTest {

    private final InMemorySourceStore store = new InMemorySourceStore();
    private final InMemorySeenItems seen = new InMemorySeenItems();
    private final SourcesProperties properties = new SourcesProperties(true, Duration.ofMinutes(5),
            Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofKilobytes(64));
    // Never started: these tests are about the registrations, not the polls.
    private final SourceRegistry registry = new SourceRegistry(store, seen,
            new PollScheduler(store, new SourcePolling(store, List.of(), Clock.systemUTC()), properties), properties);

    @TempDir
    Path folder;

    @Test
    void registeringTheSameTypeAndLocationAgainReturnsTheFirstRegistration() {
        Registration first = registry.register(SourceType.FEED, "https://news.example.cn/rss.xml", "新闻", null);
        Registration again = registry.register(SourceType.FEED, " https://news.example.cn/./rss.xml ", "别名",
                Duration.ofMinutes(1));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.source()).isEqualTo(first.source());
        assertThat(first.source().pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(registry.list()).hasSize(1);
        assertThat(registry.register(SourceType.SITEMAP, "https://news.example.cn/rss.xml", null, null).created())
                .as("another type at the same location is another source").isTrue();
    }

    @Test
    void namesASourceAfterItsLocationWhenNoNameIsGiven() {
        Source source = registry.register(SourceType.DIRECTORY, folder + "/./", " ", null).source();

        assertThat(source.location()).isEqualTo(folder.toString());
        assertThat(source.name()).isEqualTo(folder.toString());
        assertThat(source.state()).isEqualTo(SourceState.ACTIVE);
    }

    @Test
    void refusesLocationsAndIntervalsThatCannotBePolled() {
        assertThatThrownBy(() -> registry.register(SourceType.FEED, "https://news.example.cn/rss.xml", null,
                Duration.ofMillis(500))).isInstanceOf(InvalidSourceException.class).hasMessageContaining("minimum PT1S");
        assertThatThrownBy(() -> registry.register(SourceType.SITEMAP, "file:///etc/passwd", null, null))
                .isInstanceOf(InvalidSourceException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> registry.register(SourceType.FEED, "https:///no-host", null, null))
                .isInstanceOf(InvalidSourceException.class);
        assertThatThrownBy(() -> registry.register(SourceType.DIRECTORY, folder.resolve("gone").toString(), null, null))
                .isInstanceOf(InvalidSourceException.class).hasMessageContaining("not an existing folder");
        assertThatThrownBy(() -> registry.register(SourceType.DIRECTORY, "", null, null))
                .isInstanceOf(InvalidSourceException.class).hasMessageContaining("'location' is required");
        assertThatThrownBy(() -> SourceType.parse("podcast")).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("feed, sitemap, directory");
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void pauseResumeAndDeleteChangeTheSourceAndDeleteForgetsWhatItSaw() {
        String id = registry.register(SourceType.FEED, "https://news.example.cn/rss.xml", null, null).source().id();
        seen.remember(id, "https://news.example.cn/a.html", "2026-11-20T01:30:00Z");

        assertThat(registry.pause(id).state()).isEqualTo(SourceState.PAUSED);
        assertThat(registry.resume(id).state()).isEqualTo(SourceState.ACTIVE);
        registry.delete(id);

        assertThat(registry.list()).isEmpty();
        assertThat(seen.size()).isZero();
        assertThatThrownBy(() -> registry.get(id)).isInstanceOf(UnknownSourceException.class);
        assertThatThrownBy(() -> registry.pause(id)).isInstanceOf(UnknownSourceException.class);
        assertThatThrownBy(() -> registry.delete(id)).isInstanceOf(UnknownSourceException.class);
    }
}
