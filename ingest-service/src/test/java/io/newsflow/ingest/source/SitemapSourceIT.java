package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapSourceIT extends SourceItSupport {

    private static final String XML = "application/xml; charset=UTF-8";

    @Test
    void ingestsThePagesListedUnderASitemapIndex() {
        serveSitemaps();

        String id = admin.registered("sitemap", site.url("/sitemap-index.xml"), "PT1S");

        List<ArticleIngested> articles = awaitSiteArticles(2);
        assertThat(articles).extracting(ArticleIngested::title)
                .containsExactlyInAnyOrder("老城农贸市场升级改造完工", "跨江大桥夜景灯光工程亮灯");
        assertThat(articles).allSatisfy(article -> assertThat(article.origin()).isEqualTo(Origin.FEED));
        assertThat(articles).extracting(ArticleIngested::source).containsOnly("临江晚报", "临江日报");
        assertThat(awaitSource(id, s -> s.get("itemsIngested").asLong() == 2).get("lastError").isNull()).isTrue();
    }

    @Test
    void revalidatesIndexAndChildAndFetchesOnlyThePageWhoseLastmodChanged() {
        serveSitemaps();
        admin.registered("sitemap", site.url("/sitemap-index.xml"), "PT1S");
        awaitSiteArticles(2);
        await().atMost(WAIT).until(() -> site.requests("/sitemap-news.xml").stream()
                .anyMatch(request -> request.status() == 304));
        assertThat(site.requests("/sitemap-index.xml")).extracting(FakeSite.Request::status).contains(200, 304);

        site.serveFixture("/sitemap-news.xml", "sitemap-news-changed.xml", XML);

        await().atMost(WAIT).until(() -> site.count("/bd/market.html") == 2);
        assertThat(site.count("/bd/bridge.html")).isEqualTo(1);
        // Same content under a new lastmod is a repeat for the pipeline, not a second event.
        assertThat(siteArticles()).hasSize(2);
    }

    private void serveSitemaps() {
        site.serveFixture("/sitemap-index.xml", "sitemap-index.xml", XML);
        site.serveFixture("/sitemap-news.xml", "sitemap-news.xml", XML);
        site.serveFixture("/bd/market.html", "page-market.html", "text/html; charset=UTF-8");
        site.serveFixture("/bd/bridge.html", "page-bridge.html", "text/html; charset=UTF-8");
    }
}
