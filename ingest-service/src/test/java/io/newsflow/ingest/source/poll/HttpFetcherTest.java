package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.source.FakeSite;
import io.newsflow.ingest.source.SourcesProperties;
import java.net.MalformedURLException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class HttpFetcherTest {

    private final FakeSite site = FakeSite.start();
    private final HttpFetcher http = new HttpFetcher(new SourcesProperties(true, Duration.ofMinutes(5),
            Duration.ofSeconds(1), Duration.ofSeconds(3), DataSize.ofKilobytes(4)),
            new FetchProperties(false, List.of("127.0.0.1:" + site.port()), 5, Duration.ofSeconds(10)));

    @AfterEach
    void stopSite() {
        http.close();
        site.close();
    }

    @Test
    void sendsTheStoredValidatorsAndSeesA304() throws Exception {
        site.serve("/feed.xml", "<rss/>", "application/rss+xml; charset=GBK");

        Fetched first = http.get(site.url("/feed.xml"), Validators.NONE);
        Validators stored = Validators.decode(first.validators().encode());
        Fetched second = http.get(site.url("/feed.xml"), stored);

        assertThat(first.ok()).isTrue();
        assertThat(first.charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(stored).isEqualTo(first.validators());
        assertThat(stored.etag()).isNotBlank();
        assertThat(second.notModified()).isTrue();
        assertThat(site.requests("/feed.xml").get(1).ifNoneMatch()).isEqualTo(stored.etag());
        assertThat(site.requests("/feed.xml").get(1).ifModifiedSince()).isEqualTo(stored.lastModified());
    }

    @Test
    void refusesABodyWhoseContentLengthIsOverTheLimit() {
        site.serve("/huge.html", "x".repeat(5000), "text/html");

        assertThatThrownBy(() -> http.get(site.url("/huge.html"), Validators.NONE))
                .isInstanceOf(LimitedBody.TooLargeException.class).hasMessageContaining("4096");
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws Exception {
        site.serve("/full.html", "x".repeat(4096), "text/html");

        assertThat(http.get(site.url("/full.html"), Validators.NONE).body()).hasSize(4096);
    }

    @Test
    void refusesAddressesThatAreNotHttp() {
        assertThatThrownBy(() -> http.get("file:///etc/passwd", Validators.NONE))
                .isInstanceOf(MalformedURLException.class);
        assertThatThrownBy(() -> http.get("http://bad host/", Validators.NONE))
                .isInstanceOf(MalformedURLException.class);
    }

    @Test
    void tellsPermanentFromPassingFailures() throws Exception {
        site.fail("/gone.html", 404);
        site.fail("/busy.html", 503);

        assertThat(http.get(site.url("/gone.html"), Validators.NONE).permanentFailure()).isTrue();
        assertThat(http.get(site.url("/busy.html"), Validators.NONE).permanentFailure()).isFalse();
        assertThat(http.get(site.url("/missing.html"), Validators.NONE).status()).isEqualTo(404);
    }
}
