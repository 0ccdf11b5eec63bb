package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.keywords.CorpusStatistics;
import io.newsflow.enrich.similar.SimilarArticles;
import io.newsflow.model.ArticleEnriched;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds this instance's in-memory state from MongoDB with one scan, after the beans exist and before the
 * Kafka listener starts: the term statistics, the index of recent articles (oldest first, so that capped
 * postings keep the newest). The topic classifier is rebuilt from the examples log instead.
 */
@Component
class StartupLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupLoader.class);

    private final EnrichedArticleStore store;
    private final CorpusStatistics corpus;
    private final SimilarArticles similar;

    StartupLoader(EnrichedArticleStore store, CorpusStatistics corpus, SimilarArticles similar) {
        this.store = store;
        this.corpus = corpus;
        this.similar = similar;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        corpus.load();
        List<ArticleEnriched> articles = new ArrayList<>();
        store.forEach(articles::add);
        articles.sort(Comparator.comparing(StartupLoader::time));
        for (ArticleEnriched article : articles) {
            similar.load(article);
        }
        log.info("index rebuilt from MongoDB: {} articles in {} ms", similar.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Instant time(ArticleEnriched article) {
        return article.article().publishedAt() != null ? article.article().publishedAt() : article.enrichedAt();
    }
}
