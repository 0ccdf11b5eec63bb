package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FeedSourceIT extends SourceItSupport {

    private static final String RSS = "application/rss+xml; charset=UTF-8";

    @Test
    void ingestsThePageOfEachRssEntryWithOriginFeed() {
        site.serveFixture("/rss.xml", "rss.xml", RSS);
        serveNewsPages();

        String id = admin.registered("feed", site.url("/rss.xml"), "PT1S");

        List<ArticleIngested> articles = awaitSiteArticles(2);
        assertThat(articles).extracting(ArticleIngested::title)
                .containsExactlyInAnyOrder("临江地铁三号线开通试运营", "滨河公园完成改造重新开放");
        assertThat(articles).allSatisfy(article -> assertThat(article.origin()).isEqualTo(Origin.FEED));
        ArticleIngested metro = articles.stream().filter(a -> a.url().endsWith("/news/metro.html")).findFirst()
                .orElseThrow();
        assertThat(metro.source()).isEqualTo("临江日报");
        assertThat(metro.author()).isEqualTo("陈晓");
        assertThat(metro.breadcrumb()).containsExactly("本地要闻");
        assertThat(metro.publishedAt()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
        assertThat(metro.body().text()).startsWith("11月19日,临江地铁三号线正式开通试运营")
                .doesNotContain("分享到").doesNotContain("相关新闻");
        JsonNode source = awaitSource(id, s -> s.get("itemsIngested").asLong() == 2);
        assertThat(source.get("itemsSeen").asLong()).isEqualTo(2);
        assertThat(source.get("lastSuccessAt").isNull()).isFalse();
        assertThat(source.get("lastError").isNull()).isTrue();
        assertThat(source.get("state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void revalidatesTheFeedWithItsValidatorsAndIngestsNothingOn304() {
        site.serveFixture("/rss.xml", "rss.xml", RSS);
        serveNewsPages();
        admin.registered("feed", site.url("/rss.xml"), "PT1S");
        awaitSiteArticles(2);

        await().atMost(WAIT).until(() -> site.requests("/rss.xml").stream().filter(r -> r.status() == 304).count() >= 2);

        FakeSite.Request first = site.requests("/rss.xml").get(0);
        FakeSite.Request revalidation = site.requests("/rss.xml").get(1);
        assertThat(first.ifNoneMatch()).isNull();
        assertThat(first.status()).isEqualTo(200);
        assertThat(revalidation.ifNoneMatch()).isNotBlank();
        assertThat(revalidation.ifModifiedSince()).contains("2026 00:00:");
        assertThat(revalidation.status()).isEqualTo(304);
        assertThat(site.count("/news/metro.html")).isEqualTo(1);
        assertThat(site.count("/news/park.html")).isEqualTo(1);
        assertThat(siteArticles()).hasSize(2);
    }

    @Test
    void picksUpANewEntryOnTheNextPollWithoutRefetchingTheOldOnes() {
        site.serveFixture("/rss.xml", "rss.xml", RSS);
        serveNewsPages();
        String id = admin.registered("feed", site.url("/rss.xml"), "PT1S");
        awaitSiteArticles(2);

        site.serveFixture("/rss.xml", "rss-more.xml", RSS);

        List<ArticleIngested> articles = awaitSiteArticles(3);
        assertThat(articles).extracting(ArticleIngested::title).contains("市图书馆延长夜间开放时间").hasSize(3);
        assertThat(site.count("/news/metro.html")).isEqualTo(1);
        assertThat(site.count("/news/park.html")).isEqualTo(1);
        assertThat(awaitSource(id, s -> s.get("itemsIngested").asLong() == 3).get("itemsSeen").asLong()).isEqualTo(3);
    }

    @Test
    void ingestsAnAtomFeedAndFallsBackToTheEntryTextWhenItsPageIsGone() {
        site.serveFixture("/atom.xml", "atom.xml", "application/atom+xml");
        site.serveFixture("/edu/school.html", "page-school.html", "text/html; charset=UTF-8");

        admin.registered("feed", site.url("/atom.xml"), "PT1S");

        List<ArticleIngested> articles = awaitSiteArticles(2);
        ArticleIngested school = articles.stream().filter(a -> a.url().endsWith("/edu/school.html")).findFirst()
                .orElseThrow();
        assertThat(school.title()).isEqualTo("城南新建小学明年秋季招生");
        assertThat(school.source()).isEqualTo("临江教育报");
        assertThat(school.origin()).isEqualTo(Origin.FEED);
        ArticleIngested fallback = articles.stream().filter(a -> a.url().endsWith("/edu/removed.html")).findFirst()
                .orElseThrow();
        assertThat(site.requests("/edu/removed.html")).extracting(FakeSite.Request::status).containsExactly(404);
        assertThat(fallback.title()).isEqualTo("全市中小学开展冬季安全教育周");
        assertThat(fallback.body().text()).startsWith("本周全市中小学开展冬季安全教育周活动");
        assertThat(fallback.source()).isEqualTo("临江教育在线");
        assertThat(fallback.author()).isEqualTo("钱丽");
        assertThat(fallback.publishedAt()).isEqualTo(Instant.parse("2026-11-19T01:00:00Z"));
    }

    @Test
    void recordsTheErrorWhileTheFeedAnswers500AndClearsItOnceItRecovers() {
        site.fail("/rss.xml", 500);
        serveNewsPages();
        String id = admin.registered("feed", site.url("/rss.xml"), "PT1S");

        JsonNode failing = awaitSource(id, s -> !s.get("lastError").isNull());
        assertThat(failing.get("lastError").asString()).contains("HTTP 500").contains("/rss.xml");
        assertThat(failing.get("lastPollAt").isNull()).isFalse();
        assertThat(Instant.parse(failing.get("lastPollAt").asString())).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(failing.get("lastSuccessAt").isNull()).isTrue();
        assertThat(failing.get("itemsIngested").asLong()).isZero();

        site.serveFixture("/rss.xml", "rss.xml", RSS);

        JsonNode recovered = awaitSource(id, s -> s.get("lastError").isNull() && s.get("itemsIngested").asLong() == 2);
        assertThat(recovered.get("lastSuccessAt").isNull()).isFalse();
        assertThat(siteArticles()).hasSize(2);
    }

    private void serveNewsPages() {
        site.serveFixture("/news/metro.html", "page-metro.html", "text/html; charset=UTF-8");
        site.serveFixture("/news/park.html", "page-park.html", "text/html; charset=UTF-8");
        site.serveFixture("/news/library.html", "page-library.html", "text/html; charset=UTF-8");
    }
}
