package io.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdentityTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://News.Example.CN:443/a/1.html#comments, https://news.example.cn/a/1.html",
        "http://news.example.cn:80/a/1.html?utm_source=weibo&utm_medium=share, http://news.example.cn/a/1.html",
        "https://m.news.example.cn/a/1.html, https://news.example.cn/a/1.html",
        "https://wap.example.cn/a/1.html, https://example.cn/a/1.html",
        "https://www.example.cn/a/1.html?b=2&a=1&spm=x.y, https://example.cn/a/1.html?a=1&b=2",
        "https://news.example.cn:8443/a, https://news.example.cn:8443/a",
        "https://m.cn/a, https://m.cn/a"
    })
    void canonicalizesUrlsThatNameTheSameArticle(String url, String canonical) {
        assertThat(ArticleIdentity.canonicalUrl(url)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "javascript://example.com/%0awindow.__xss=1",
        "JaVaScRiPt://news.example.cn/%0d%0aalert(1)",
        "vbscript://example.com/msgbox(1)",
        "ftp://example.cn/a/1.html",
        "javascript:alert(1)"
    })
    void shouldKeepNoCanonicalUrlThatIsNotHttp(String url) {
        assertThat(ArticleIdentity.canonicalUrl(url)).isNull();
    }

    @Test
    void givesTheSameIdToTheSameArticleWhereverItWasLinkedFrom() {
        String desktop = ArticleIdentity.canonicalUrl("https://www.example.cn/a/1.html");
        String mobile = ArticleIdentity.canonicalUrl("https://m.example.cn/a/1.html?utm_campaign=x#top");

        assertThat(ArticleIdentity.id(mobile, "t", "s", null)).isEqualTo(ArticleIdentity.id(desktop, "other", "x", null));
    }

    @Test
    void identifiesArticlesWithoutUrlByTitleSourceAndTime() {
        Instant time = Instant.parse("2021-10-15T07:08:02Z");

        assertThat(ArticleIdentity.id(null, "标题", "来源", time)).isEqualTo(ArticleIdentity.id("", " 标题 ", "来源", time))
                .hasSize(16).isNotEqualTo(ArticleIdentity.id(null, "标题", "另一来源", time));
    }

    @Test
    void hashesContentIgnoringWhitespaceDifferences() {
        assertThat(ArticleIdentity.contentHash("标题", "第一段。\n\n第二段。"))
                .isEqualTo(ArticleIdentity.contentHash("标题 ", "第一段。 \u3000\n第二段。"))
                .isNotEqualTo(ArticleIdentity.contentHash("标题", "第一段。\n\n第二段有改动。"));
    }
}
