package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.BreadcrumbCategorizer;
import io.newsflow.enrich.nlp.EntityExtractor;
import io.newsflow.enrich.nlp.KeywordExtractor;
import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.enrich.nlp.Summarizer;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Keyword;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Pure enrichment of one article; no I/O. */
@Component
public class Enricher {

    /** Bumped whenever the output for the same input changes, so re-enrichment can tell old from new. */
    public static final String MODEL_VERSION = "enrich-2026.11.1";

    private final Segmenter segmenter;
    private final KeywordExtractor keywords;
    private final EntityExtractor entities;
    private final Summarizer summarizer;
    private final BreadcrumbCategorizer categorizer;
    private final Clock clock;

    public Enricher(Segmenter segmenter, KeywordExtractor keywords, EntityExtractor entities, Summarizer summarizer,
            BreadcrumbCategorizer categorizer, Clock clock) {
        this.segmenter = segmenter;
        this.keywords = keywords;
        this.entities = entities;
        this.summarizer = summarizer;
        this.categorizer = categorizer;
        this.clock = clock;
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        String body = article.body().text();
        List<Token> tokens = segmenter.tokens(article.title() + "\n" + body);
        List<Keyword> terms = keywords.keywords(article.title(), body);
        return new ArticleEnriched(article, categorizer.categorize(article.breadcrumb()), terms,
                entities.entities(tokens), summarizer.summarize(body, terms), SimHash.hex(SimHash.of(tokens)), null,
                List.of(), MODEL_VERSION, clock.instant(), List.of(), null, List.of());
    }
}
