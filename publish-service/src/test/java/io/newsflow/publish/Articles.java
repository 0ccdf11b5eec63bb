package io.newsflow.publish;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.model.Localized;
import io.newsflow.model.Origin;
import io.newsflow.model.Recommendation;
import java.time.Instant;
import java.util.List;

/** Enriched articles for tests, built the way enrich-service emits them. */
public final class Articles {

    private Articles() {
    }

    public static ArticleEnriched enriched(String id, int version, String title, Instant publishedAt) {
        return enriched(id, version, title, publishedAt, List.of("国内新闻", "上海新闻"), "长宁时报", List.of("长宁"),
                List.of());
    }

    public static ArticleEnriched enriched(String id, int version, String title, Instant publishedAt,
            List<String> categoryPath, String source, List<String> keywords, List<String> recommended) {
        ArticleIngested article = new ArticleIngested(id, null, null, title,
                new Body("正文。", "<p>正文。</p><script>alert(1)</script><p onclick=\"x()\">第二段</p>"), publishedAt,
                source, "", categoryPath, "zh-Hans", "b".repeat(64), version, Instant.now(), Origin.PAGE, List.of());
        return new ArticleEnriched(article,
                List.of(new Category(String.join("/", categoryPath), categoryPath,
                        categoryPath.get(categoryPath.size() - 1), 1.0, Category.AssignedBy.BREADCRUMB)),
                keywords.stream().map(k -> new Keyword(k, 1.0)).toList(), List.of(), "摘要。", "0123456789abcdef", null,
                recommended.stream().map(r -> new Recommendation(r, "", 0.5, List.of("长宁"))).toList(), "test",
                Instant.now(), List.of("上海"), null, List.of());
    }

    /** The same article with a body of this text, so feeds reach the size partner widgets fetch (tens of KB). */
    public static ArticleEnriched withBody(ArticleEnriched article, String text) {
        ArticleIngested a = article.article();
        ArticleIngested longer = new ArticleIngested(a.id(), a.url(), a.canonicalUrl(), a.title(), new Body(text, ""),
                a.publishedAt(), a.source(), a.author(), a.breadcrumb(), a.language(), a.contentHash(), a.version(),
                a.ingestedAt(), a.origin(), a.sourceKeywords());
        return new ArticleEnriched(longer, article.categories(), article.keywords(), article.entities(),
                article.summary(), article.simhash(), article.duplicateOf(), article.recommendations(),
                article.modelVersion(), article.enrichedAt(), article.places(), article.zhHant(), article.alsoReportedBy());
    }
}
