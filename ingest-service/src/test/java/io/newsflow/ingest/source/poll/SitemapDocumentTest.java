package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapDocumentTest {

    @Test
    void readsPagesWithTheirLastmodInEveryW3cForm() throws IOException {
        SitemapDocument sitemap = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://news.example.cn/a.html</loc><lastmod>2026-11-15T16:40:00+08:00</lastmod></url>
                  <url><loc> https://news.example.cn/b.html </loc><lastmod>2026-11-16</lastmod></url>
                  <url><loc>https://news.example.cn/c.html</loc></url>
                  <url><loc>file:///etc/passwd</loc></url>
                </urlset>""");

        assertThat(sitemap.childSitemaps()).isEmpty();
        assertThat(sitemap.pages()).extracting(SitemapDocument.Page::loc).containsExactly(
                "https://news.example.cn/a.html", "https://news.example.cn/b.html", "https://news.example.cn/c.html");
        assertThat(sitemap.pages()).extracting(SitemapDocument.Page::lastmodInstant).containsExactly(
                Instant.parse("2026-11-15T08:40:00Z"), Instant.parse("2026-11-16T00:00:00Z"), null);
    }

    @Test
    void readsTheChildSitemapsOfAnIndex() throws IOException {
        SitemapDocument index = parse("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example.cn/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://news.example.cn/sitemap-2.xml</loc><lastmod>2026-11-16</lastmod></sitemap>
                </sitemapindex>""");

        assertThat(index.pages()).isEmpty();
        assertThat(index.childSitemaps()).containsExactly("https://news.example.cn/sitemap-1.xml",
                "https://news.example.cn/sitemap-2.xml");
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel/></rss>")).isInstanceOf(IOException.class)
                .hasMessageContaining("<urlset> or <sitemapindex>");
    }

    private static SitemapDocument parse(String xml) throws IOException {
        return SitemapDocument.parse(xml.getBytes(StandardCharsets.UTF_8), "https://news.example.cn/sitemap.xml");
    }
}
