package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.BreadcrumbCategorizer;
import io.newsflow.enrich.category.TopicAssigner;
import io.newsflow.enrich.category.TopicEvidence;
import io.newsflow.enrich.keywords.ArticleKeywords;
import io.newsflow.enrich.localize.TraditionalChinese;
import io.newsflow.enrich.nlp.EntityExtractor;
import io.newsflow.enrich.nlp.Extraction;
import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.enrich.nlp.Summarizer;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.enrich.place.PlaceFinder;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Category;
import io.newsflow.model.Entity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Enrichment of one article on its own (no comparison with others, no I/O). */
@Component
public class Enricher {

    /** Bumped whenever the output for the same input changes, so re-enrichment can tell old from new. */
    public static final String MODEL_VERSION = "enrich-2026.12.2";

    private final Segmenter segmenter;
    private final ArticleKeywords keywords;
    private final EntityExtractor entities;
    private final Summarizer summarizer;
    private final BreadcrumbCategorizer categorizer;
    private final TopicAssigner topics;
    private final PlaceFinder places;
    private final TraditionalChinese traditional;
    private final Clock clock;

    public Enricher(Segmenter segmenter, ArticleKeywords keywords, EntityExtractor entities, Summarizer summarizer,
            BreadcrumbCategorizer categorizer, TopicAssigner topics,
            PlaceFinder places, TraditionalChinese traditional, Clock clock) {
        this.segmenter = segmenter;
        this.keywords = keywords;
        this.entities = entities;
        this.summarizer = summarizer;
        this.categorizer = categorizer;
        this.topics = topics;
        this.places = places;
        this.traditional = traditional;
        this.clock = clock;
    }

    Draft enrich(ArticleIngested article) {
        String body = article.body().text();
        List<Token> titleTokens = segmenter.tokens(article.title());
        List<Token> bodyTokens = segmenter.tokens(body);
        List<Token> tokens = new ArrayList<>(titleTokens);
        tokens.addAll(bodyTokens);
        boolean english = ArticleKeywords.isEnglish(article);
        Extraction extraction = keywords.extract(article, titleTokens, bodyTokens);
        List<Entity> found = entities.entities(tokens);
        TopicEvidence evidence = TopicEvidence.of(titleTokens, bodyTokens);
        TopicAssigner.TopicAssignment topic = topics.assign(article, evidence);
        List<Category> categories = new ArrayList<>(categorizer.categorize(article.breadcrumb()));
        categories.add(topic.category());
        String summary = summarizer.summarize(body, extraction.keywords());
        List<String> where = places.places(categorizer.places(article.breadcrumb()), found, extraction.keywords());
        ArticleEnriched enriched = new ArticleEnriched(article, categories, extraction.keywords(), found, summary,
                SimHash.hex(SimHash.of(tokens)), null, List.of(), MODEL_VERSION, clock.instant(), where,
                traditional.localize(article.title(), summary, english), List.of(), topic.topic(),
                topic.confidence(), topic.assignedBy());
        return new Draft(enriched, extraction.terms(), evidence);
    }
}
