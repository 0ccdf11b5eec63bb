package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.ingest.source.FakeSite;
import io.newsflow.ingest.source.SourcesProperties;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The fetcher with private addresses refused, as in production. Only the test site's own address and port is
 * allow-listed, so that it can serve the first hop; every redirect elsewhere must be refused before connecting.
 */
class HttpFetcherSafetyTest {

    private static final SourcesProperties SOURCES = new SourcesProperties(true, Duration.ofMinutes(5),
            Duration.ofSeconds(1), Duration.ofSeconds(5), DataSize.ofKilobytes(64));
    private static final Duration NO_CONNECT_ATTEMPT = Duration.ofSeconds(2);

    private final FakeSite site = FakeSite.start();
    private final FakeSite other = FakeSite.start();
    private HttpFetcher http = fetcher(List.of("127.0.0.1:" + site.port()), 5);

    @AfterEach
    void stopSites() {
        http.close();
        site.close();
        other.close();
    }

    @Test
    void refusesLoopbackWithoutConnecting() {
        http.close();
        http = fetcher(List.of(), 5);
        site.serve("/feed.xml", "<rss/>", "application/rss+xml");

        assertThatThrownBy(() -> http.get(site.url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class)
                .hasMessageContaining(site.url("/feed.xml") + " was refused: 127.0.0.1 is a loopback address");
        assertThat(site.count("/feed.xml")).isZero();
    }

    @Test
    void fetchesAnAllowListedAddressAndPort() throws Exception {
        site.serve("/feed.xml", "<rss/>", "application/rss+xml");

        assertThat(http.get(site.url("/feed.xml"), Validators.NONE).ok()).isTrue();
    }

    @Test
    void refusesARedirectToAnotherPortOfTheSameAddress() {
        site.redirect("/feed.xml", other.url("/feed.xml"));
        other.serve("/feed.xml", "<rss/>", "application/rss+xml");

        assertThatThrownBy(() -> http.get(site.url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class)
                .hasMessageContaining("redirect 1 to " + other.url("/feed.xml") + " was refused")
                .hasMessageContaining("loopback");
        assertThat(site.count("/feed.xml")).isEqualTo(1);
        assertThat(other.count("/feed.xml")).as("the refused hop never reached the other server").isZero();
    }

    @Test
    void refusesARedirectToCloudMetadataBeforeConnecting() {
        site.redirect("/feed.xml", "http://169.254.169.254/latest/meta-data/");

        // Nothing listens there: an attempt to connect would fail otherwise, or only after the 5 s connect timeout.
        assertTimeoutPreemptively(NO_CONNECT_ATTEMPT, () -> assertThatThrownBy(
                () -> http.get(site.url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class)
                .hasMessageContaining("http://169.254.169.254/latest/meta-data/ was refused: 169.254.169.254 is a "
                        + "link-local address"));
    }

    @Test
    void refusesCloudMetadataWrittenAsIpv4MappedIpv6() {
        site.redirect("/feed.xml", "http://[::ffff:a9fe:a9fe]/latest/meta-data/");

        assertTimeoutPreemptively(NO_CONNECT_ATTEMPT, () -> assertThatThrownBy(
                () -> http.get(site.url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("169.254.169.254")
                .hasMessageContaining("link-local"));
    }

    @Test
    void refusesARedirectToAnythingButHttp() {
        site.redirect("/feed.xml", "file:///etc/passwd");

        assertThatThrownBy(() -> http.get(site.url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("file:///etc/passwd")
                .hasMessageContaining("not an http(s) URL");
    }

    @Test
    void followsRelativeAndAbsoluteRedirectsUpToTheLimit() throws Exception {
        http.close();
        http = fetcher(List.of("127.0.0.1:" + site.port()), 2);
        site.redirect("/old/feed.xml", "/moved/feed.xml");
        site.redirect("/moved/feed.xml", site.url("/feed.xml"));
        site.serve("/feed.xml", "<rss/>", "application/rss+xml");
        site.redirect("/three/hops", "/two/hops");
        site.redirect("/two/hops", "/one/hop");
        site.redirect("/one/hop", "/feed.xml");

        Fetched fetched = http.get(site.url("/old/feed.xml"), Validators.NONE);

        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThatThrownBy(() -> http.get(site.url("/three/hops"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("redirects more than 2 times");
        assertThat(site.count("/feed.xml")).as("the third redirect was not followed").isEqualTo(1);
    }

    @Test
    void stopsARedirectLoopAfterTheConfiguredHops() {
        site.redirect("/loop", "/loop");

        assertThatThrownBy(() -> http.get(site.url("/loop"), Validators.NONE))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("redirects more than 5 times");
        assertThat(site.count("/loop")).isEqualTo(6);
    }

    @Test
    void connectsToTheAddressItCheckedNotToWhatTheNameResolvesToLater() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AddressPolicy.Resolver rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.incrementAndGet() == 1 ? "127.0.0.1" : "169.254.169.254")};
        FetchProperties fetch = new FetchProperties(false, List.of("127.0.0.1:" + site.port()), 5,
                Duration.ofSeconds(10));
        http.close();
        http = new HttpFetcher(SOURCES, fetch, new AddressPolicy(fetch, rebinding));
        site.serve("/feed.xml", "<rss/>", "application/rss+xml");
        String url = "http://news.test:" + site.port() + "/feed.xml";

        Fetched first = http.get(url, Validators.NONE);

        assertThat(first.ok()).as("news.test exists only in the test resolver: the client used the checked address")
                .isTrue();
        assertThat(lookups).hasValue(1);
        assertThat(site.requests("/feed.xml").get(0).host()).isEqualTo("news.test:" + site.port());
        assertThatThrownBy(() -> http.get(url, Validators.NONE)).isInstanceOf(RefusedFetchException.class)
                .hasMessageContaining("news.test resolves to 169.254.169.254, which is a link-local address");
        assertThat(site.count("/feed.xml")).isEqualTo(1);
    }

    private static HttpFetcher fetcher(List<String> allowed, int maxRedirects) {
        return new HttpFetcher(SOURCES, new FetchProperties(false, allowed, maxRedirects, Duration.ofSeconds(10)));
    }
}
