package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.ingest.parse.PageParser;
import io.newsflow.ingest.source.FakeSite;
import io.newsflow.ingest.source.InMemorySeenItems;
import io.newsflow.ingest.source.PollFailedException;
import io.newsflow.ingest.source.PollReport;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourceState;
import io.newsflow.ingest.source.SourceType;
import io.newsflow.ingest.source.SourcesProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

/**
 * The feed poller against a real HTTP server, with ingest replaced so that Kafka can be "down". Only the site's
 * address and port is allowed, as a test exception to the production rule that refuses private addresses.
 */
class FeedPollerTest {

    private static final String HTML = "text/html; charset=UTF-8";

    private final ArticleIngestion ingestion = mock(ArticleIngestion.class);
    private final InMemorySeenItems seen = new InMemorySeenItems();
    private FakeSite site;
    private HttpFetcher http;
    private FeedPoller poller;
    private Source source;

    @BeforeEach
    void setUp() {
        site = FakeSite.start();
        http = new HttpFetcher(new SourcesProperties(true, Duration.ofMinutes(5), Duration.ofSeconds(1),
                Duration.ofSeconds(3), DataSize.ofKilobytes(16)),
                new FetchProperties(false, List.of("127.0.0.1:" + site.port()), 5, Duration.ofSeconds(10)));
        PageIngester pages = new PageIngester(http, new PageParser(Clock.systemUTC()), ingestion, seen);
        poller = new FeedPoller(new Listings(http, seen), seen, pages);
        source = new Source("feed-1", SourceType.FEED, site.url("/rss.xml"), "test", Duration.ofMinutes(1),
                SourceState.ACTIVE, null, null, 0, 0, null);
    }

    @AfterEach
    void stopSite() {
        http.close();
        site.close();
    }

    @Test
    void leavesEntriesAndTheFeedUnseenWhileKafkaIsDownAndIngestsThemOnTheNextPoll() throws Exception {
        site.serveFixture("/rss.xml", "rss.xml", "application/rss+xml");
        site.serveFixture("/news/metro.html", "page-metro.html", HTML);
        site.serveFixture("/news/park.html", "page-park.html", HTML);
        when(ingestion.ingest(any())).thenThrow(new PublishFailedException("broker unreachable", null));

        PollReport down = poller.poll(source);

        assertThat(down.itemsIngested()).isZero();
        assertThat(down.errorSummary()).contains("Kafka did not acknowledge");
        verify(ingestion, times(1)).ingest(any());
        assertThat(seen.size()).isZero();

        reset(ingestion);
        when(ingestion.ingest(any())).thenReturn(new IngestResult("id", 1, IngestResult.Status.ACCEPTED));
        PollReport up = poller.poll(source);

        assertThat(up.itemsIngested()).isEqualTo(2);
        assertThat(up.errors()).isEmpty();
        assertThat(site.requests("/rss.xml").get(1).ifNoneMatch()).as("feed was not marked seen while Kafka was down")
                .isNull();
        assertThat(poller.poll(source).itemsSeen()).isZero();
        assertThat(site.requests("/rss.xml").get(2).status()).isEqualTo(304);
    }

    @Test
    void recordsBadEntriesAndIngestsTheRestRetryingOnlyThoseThatMayWorkLater() throws Exception {
        site.serve("/rss.xml", feed("/a/tiny.html", "/a/busy.html", "/a/huge.html", "/news/park.html"),
                "application/rss+xml");
        site.serve("/a/tiny.html", "<html><body><p>太短</p></body></html>", HTML);
        site.fail("/a/busy.html", 503);
        site.serve("/a/huge.html", "<html><body>" + "很长的页面。".repeat(3000) + "</body></html>", HTML);
        site.serveFixture("/news/park.html", "page-park.html", HTML);
        when(ingestion.ingest(any())).thenReturn(new IngestResult("id", 1, IngestResult.Status.ACCEPTED));

        PollReport first = poller.poll(source);

        assertThat(first.itemsSeen()).isEqualTo(4);
        assertThat(first.itemsIngested()).isEqualTo(1);
        assertThat(first.errors()).hasSize(3);
        assertThat(first.errors()).anySatisfy(e -> assertThat(e).contains("/a/busy.html").contains("HTTP 503"));
        assertThat(first.errors()).anySatisfy(e -> assertThat(e).contains("/a/huge.html").contains("larger than"));
        ArgumentCaptor<ArticleSubmission> submitted = ArgumentCaptor.forClass(ArticleSubmission.class);
        verify(ingestion).ingest(submitted.capture());
        assertThat(submitted.getValue().title()).isEqualTo("滨河公园完成改造重新开放");
        assertThat(submitted.getValue().source()).isEqualTo("临江晚报");

        PollReport second = poller.poll(source);

        assertThat(second.itemsSeen()).as("only the entry that answered 503 is tried again").isEqualTo(1);
        assertThat(site.count("/a/busy.html")).isEqualTo(2);
        assertThat(site.count("/a/tiny.html")).isEqualTo(1);
        assertThat(site.requests("/rss.xml").get(1).status()).as("feed is fetched in full while an entry waits")
                .isEqualTo(200);
    }

    @Test
    void failsThePollNamingTheAddressWhenTheFeedRedirectsToCloudMetadata() {
        site.redirect("/rss.xml", "http://169.254.169.254/latest/meta-data/");

        assertThatThrownBy(() -> poller.poll(source)).isInstanceOf(PollFailedException.class)
                .hasMessageStartingWith(site.url("/rss.xml") + " could not be fetched: redirect 1 to "
                        + "http://169.254.169.254/latest/meta-data/ was refused: 169.254.169.254 is a link-local address");
    }

    @Test
    void reportsAnEntryOnARefusedAddressOnceAndDoesNotFetchItAgain() throws Exception {
        try (FakeSite elsewhere = FakeSite.start()) {
            elsewhere.serveFixture("/news/park.html", "page-park.html", HTML);
            site.serve("/rss.xml", feed("/news/moved.html"), "application/rss+xml");
            site.redirect("/news/moved.html", elsewhere.url("/news/park.html"));

            PollReport first = poller.poll(source);
            PollReport second = poller.poll(source);

            assertThat(first.errors()).singleElement().satisfies(error -> assertThat(error)
                    .startsWith(site.url("/news/moved.html") + ": redirect 1 to " + elsewhere.url("/news/park.html")
                            + " was refused: 127.0.0.1 is a loopback address"));
            assertThat(elsewhere.count("/news/park.html")).isZero();
            assertThat(second.itemsSeen()).as("a refusal is final, like a 404").isZero();
            assertThat(site.count("/news/moved.html")).isEqualTo(1);
        }
    }

    /** An RSS feed whose items have no description, so there is nothing to fall back on. */
    private String feed(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>条目 ").append(path).append("</title><link>").append(site.url(path))
                    .append("</link></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>测试频道</title>"
                + "<link>" + site.base() + "/</link><description>测试</description>" + items + "</channel></rss>";
    }
}
