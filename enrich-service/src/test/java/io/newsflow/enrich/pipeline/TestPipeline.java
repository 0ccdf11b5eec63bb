package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.BreadcrumbCategorizer;
import io.newsflow.enrich.category.Taxonomy;
import io.newsflow.enrich.category.TopicAssigner;
import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.enrich.keywords.ArticleKeywords;
import io.newsflow.enrich.keywords.CorpusStatistics;
import io.newsflow.enrich.localize.TraditionalChinese;
import io.newsflow.enrich.nlp.EntityExtractor;
import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.nlp.Summarizer;
import io.newsflow.enrich.place.PlaceFinder;
import io.newsflow.enrich.similar.SimilarArticles;
import io.newsflow.enrich.similar.SimilarityProperties;
import java.time.Clock;

/** The whole enrichment step wired by hand over in-memory adapters: what the Spring context wires in the service. */
public final class TestPipeline {

    private static Segmenter sharedSegmenter;

    public final InMemoryArticleStore store = new InMemoryArticleStore();
    public final RecordingPublisher publisher = new RecordingPublisher();
    public final InMemoryTermStats termStats = new InMemoryTermStats();
    public final CorpusStatistics corpus = new CorpusStatistics(termStats);
    public final Taxonomy taxonomy = new Taxonomy();
    public final TopicClassifier topics = new TopicClassifier(taxonomy);
    public final SimilarArticles similar;
    public final Enricher enricher;
    public final ArticleEnrichment enrichment;
    public final Reenrichment reenrichment;
    public final InMemoryRawHistory raw = new InMemoryRawHistory();

    public TestPipeline() {
        this(SimilarityProperties.defaults());
    }

    public TestPipeline(SimilarityProperties properties) {
        Segmenter segmenter = segmenter();
        Clock clock = Clock.systemUTC();
        similar = new SimilarArticles(properties);
        enricher = new Enricher(segmenter, new ArticleKeywords(segmenter, corpus), new EntityExtractor(),
                new Summarizer(), new BreadcrumbCategorizer(), new TopicAssigner(taxonomy, topics), new PlaceFinder(),
                new TraditionalChinese(), clock);
        enrichment = new ArticleEnrichment(enricher, similar, corpus, topics, store,
                new RelatedUpdates(store, publisher, clock), publisher, new AppliedTopicExamples(topics));
        reenrichment = new Reenrichment(raw, store, enrichment, clock, Runnable::run);
    }

    /** Appends the article to the raw log, as ingest does, and enriches it, as the raw listener does. */
    public java.util.Optional<io.newsflow.model.ArticleEnriched> process(io.newsflow.model.ArticleIngested article) {
        raw.append(article);
        return enrichment.process(article);
    }

    /** A replay of the raw log since the time (all of it when null), run to its end. */
    public ReenrichmentJob reenrich(java.time.Instant since) {
        return reenrichment.start(since).job();
    }

    /** HanLP's dictionaries take a while to load: one segmenter for all tests of a JVM. */
    public static synchronized Segmenter segmenter() {
        if (sharedSegmenter == null) {
            sharedSegmenter = new Segmenter();
        }
        return sharedSegmenter;
    }
}
