package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FetchUrlsTest {

    private static final URI PAGE = URI.create("https://news.example.cn/a/1.html");

    @Test
    void resolvesARelativeLocationAgainstTheUrlThatRedirected() throws Exception {
        assertThat(FetchUrls.redirect(PAGE, "/b/2.html")).hasToString("https://news.example.cn/b/2.html");
        assertThat(FetchUrls.redirect(PAGE, "2.html")).hasToString("https://news.example.cn/a/2.html");
        assertThat(FetchUrls.redirect(PAGE, "//cdn.example.cn/x")).hasToString("https://cdn.example.cn/x");
    }

    @Test
    void refusesARedirectFromHttpsDownToHttp() {
        assertThatThrownBy(() -> FetchUrls.redirect(PAGE, "http://news.example.cn/a/1.html"))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("from https down to plain http");
    }

    @Test
    void refusesARedirectToAnotherSchemeOrNoUrlAtAll() {
        assertThatThrownBy(() -> FetchUrls.redirect(PAGE, "gopher://news.example.cn/"))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> FetchUrls.redirect(PAGE, "http://bad host/"))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("not a valid URL");
    }
}
