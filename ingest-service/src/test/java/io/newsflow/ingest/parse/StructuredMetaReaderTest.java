package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class StructuredMetaReaderTest {

    private final DateParser dates = new DateParser(TestPages.CLOCK);

    private StructuredMeta read(String head) {
        return StructuredMetaReader.read(Jsoup.parse("<html><head>" + head + "</head><body><p>正文</p></body></html>"), dates);
    }

    @Test
    void readsNewsArticleFromJsonLdGraph() {
        StructuredMeta meta = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Lakeside Daily"},
                  {"@type":["NewsArticle"],"headline":"Ferry returns","datePublished":"2024-03-05T07:30:00-05:00",
                   "author":[{"@type":"Person","name":"Jane Fielding"},{"@type":"Person","name":"Omar Reyes"}],
                   "publisher":{"@type":"Organization","name":"Lakeside Daily"}}]}
                </script>""");
        assertThat(meta.headline()).isEqualTo("Ferry returns");
        assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2024-03-05T12:30:00Z"));
        assertThat(meta.publishedHasTime()).isTrue();
        assertThat(meta.zone()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(meta.author()).isEqualTo("Jane Fielding, Omar Reyes");
        assertThat(meta.siteName()).isEqualTo("Lakeside Daily");
    }

    @Test
    void fallsBackToMetaTagsAndIgnoresBrokenJsonLd() {
        StructuredMeta meta = read("""
                <script type="application/ld+json">{"@type":"NewsArticle", broken</script>
                <meta name="PubDate" content="2023-02-14 19:05">
                <meta name="author" content="林一木">""");
        assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2023-02-14T11:05:00Z"));
        assertThat(meta.author()).isEqualTo("林一木");
    }

    @Test
    void dropsAuthorThatIsOnlyTheSiteName() {
        StructuredMeta meta = read("""
                <title>渡口恢复通航_东湖网</title>
                <meta name="author" content="东湖网">""");
        assertThat(meta.siteName()).isEqualTo("东湖网");
        assertThat(meta.author()).isEmpty();
    }

    @Test
    void readsMicrodataDate() {
        StructuredMeta meta = StructuredMetaReader.read(Jsoup.parse(
                "<article><span itemprop=\"datePublished\" content=\"2022-06-02\">6月2日</span></article>"), dates);
        assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2022-06-01T16:00:00Z"));
        assertThat(meta.publishedHasTime()).isFalse();
    }
}
