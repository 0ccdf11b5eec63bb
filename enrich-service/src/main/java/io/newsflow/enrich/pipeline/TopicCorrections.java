package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.OperatorExamples;
import io.newsflow.enrich.category.Taxonomy;
import io.newsflow.enrich.category.TopicEvidence;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * An operator's correction of an article's topic: recorded as an example of the log (so every instance learns
 * from it and keeps the article on that topic), then the article is enriched again and, as its topic changed,
 * stored and published again with the topic assigned by OPERATOR.
 */
@Service
public class TopicCorrections {

    private final EnrichedArticleStore store;
    private final ArticleEnrichment enrichment;
    private final OperatorExamples examples;

    TopicCorrections(EnrichedArticleStore store, ArticleEnrichment enrichment, OperatorExamples examples) {
        this.store = store;
        this.enrichment = enrichment;
        this.examples = examples;
    }

    /** The article as published after the correction, or empty when no article has the id. */
    public Optional<ArticleEnriched> correct(String articleId, Taxonomy.Entry topic) {
        Optional<ArticleEnriched> stored = store.find(articleId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ArticleIngested article = stored.get().article();
        TopicEvidence evidence = examples.evidence(article.title(), article.body().text());
        examples.correct(articleId, topic, evidence);
        enrichment.refresh(stored.get());
        return store.find(articleId);
    }

    /** The article after its correction was withdrawn, or empty when no article has the id. */
    public Optional<ArticleEnriched> withdraw(String articleId) {
        Optional<ArticleEnriched> stored = store.find(articleId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        examples.withdrawCorrection(articleId);
        enrichment.refresh(stored.get());
        return store.find(articleId);
    }
}
