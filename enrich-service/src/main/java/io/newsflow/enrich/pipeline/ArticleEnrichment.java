package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.enrich.category.TopicExampleChange;
import io.newsflow.enrich.category.TopicExampleLog;
import io.newsflow.enrich.keywords.CorpusStatistics;
import io.newsflow.enrich.similar.Placement;
import io.newsflow.enrich.similar.SimilarArticles;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.model.Recommendation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Enriches each raw event once per id, version and model. Kafka is written before MongoDB: a crash between the
 * two replays the event and publishes it again (consumers upsert), while a stored record means both are done.
 * The older articles a new one changes (its canonical copy, related articles) go out in the same batch, and a
 * poll's articles can share one {@link EnrichmentBatch}. Calls are serialized because they read and change this
 * instance's index, statistics and classifier.
 */
@Service
public class ArticleEnrichment {

    private static final Logger log = LoggerFactory.getLogger(ArticleEnrichment.class);

    private final Enricher enricher;
    private final SimilarArticles similar;
    private final CorpusStatistics corpus;
    private final TopicClassifier topics;
    private final EnrichedArticleStore store;
    private final RelatedUpdates updates;
    private final EnrichedArticlePublisher publisher;
    private final TopicExampleLog examples;
    private final Lock lock = new ReentrantLock();

    ArticleEnrichment(Enricher enricher, SimilarArticles similar, CorpusStatistics corpus,
            TopicClassifier topics, EnrichedArticleStore store, RelatedUpdates updates,
            EnrichedArticlePublisher publisher, TopicExampleLog examples) {
        this.enricher = enricher;
        this.similar = similar;
        this.corpus = corpus;
        this.topics = topics;
        this.store = store;
        this.updates = updates;
        this.publisher = publisher;
        this.examples = examples;
    }

    /** A batch of articles to enrich in order and to publish and store together; close it when done. */
    public EnrichmentBatch batch() {
        return new EnrichmentBatch(this, store, publisher, examples, corpus, lock);
    }

    /** Returns the enriched article, or empty when this version was already enriched or a newer one exists. */
    public Optional<ArticleEnriched> process(ArticleIngested article) {
        try (EnrichmentBatch batch = batch()) {
            Optional<ArticleEnriched> enriched = batch.process(article);
            batch.flush();
            return enriched;
        }
    }

    Optional<ArticleEnriched> enrich(ArticleIngested article, EnrichmentBatch batch) {
        Optional<ArticleEnriched> stored = batch.find(article.id());
        if (stored.isPresent() && isDone(stored.get(), article)) {
            log.debug("article {} v{} already enriched", article.id(), article.version());
            return Optional.empty();
        }
        Draft draft = enricher.enrich(article);
        Placement placement = similar.place(draft.article());
        ArticleEnriched enriched = RelatedUpdates.with(draft.article(), placement.self(), draft.article().enrichedAt());
        List<ArticleEnriched> older = updates.prepare(placement.others(), batch::find);
        batch.send(enriched, older);
        corpus.record(article.id(), draft.terms());
        learn(enriched, draft, batch::teach);
        log.info("enriched article {} v{}: {} keywords, duplicate of {}, {} related, {} older articles updated",
                article.id(), article.version(), enriched.keywords().size(), enriched.duplicateOf(),
                enriched.recommendations().size(), older.size());
        return Optional.of(enriched);
    }

    /**
     * Enriches a stored article again with the current model and index; stores and publishes it only when its
     * keywords, categories or recommendations changed. Returns whether it did.
     */
    public boolean refresh(ArticleEnriched stored) {
        return refresh(stored, stored.article());
    }

    /** The same with the article as the raw log holds it (the version the store holds). */
    public boolean refresh(ArticleEnriched stored, ArticleIngested article) {
        lock.lock();
        try {
            return refreshLocked(stored, article);
        } finally {
            lock.unlock();
        }
    }

    private boolean refreshLocked(ArticleEnriched stored, ArticleIngested article) {
        Draft draft = enricher.enrich(article);
        Placement placement = similar.place(draft.article());
        ArticleEnriched enriched = RelatedUpdates.with(draft.article(), placement.self(), draft.article().enrichedAt());
        boolean changed = !terms(enriched.keywords()).equals(terms(stored.keywords()))
                || !codes(enriched.categories()).equals(codes(stored.categories()))
                || !Objects.equals(enriched.topic(), stored.topic())
                || !ids(enriched.recommendations()).equals(ids(stored.recommendations()));
        updates.publishAndStore(changed ? enriched : null, updates.prepare(placement.others()));
        learn(enriched, draft, change -> examples.append(List.of(change)));
        return changed;
    }

    /**
     * Articles whose topic a trusted signal gave teach the topic classifier, through the examples log that every
     * instance follows; one the classifier answered itself teaches nothing (and withdraws what an earlier version
     * of it taught), so it never learns its own mistakes. An operator's correction is its own example already.
     */
    private void learn(ArticleEnriched enriched, Draft draft, Consumer<TopicExampleChange> teach) {
        ArticleTopic.AssignedBy by = enriched.topicAssignedBy();
        boolean trusted = enriched.topic() != null && by != ArticleTopic.AssignedBy.CLASSIFIER
                && by != ArticleTopic.AssignedBy.OPERATOR;
        TopicExampleChange change = topics.signal(enriched.id(), trusted ? enriched.topic().code() : null,
                draft.topicEvidence());
        if (change != null) {
            teach.accept(change);
        }
    }

    private static boolean isDone(ArticleEnriched stored, ArticleIngested incoming) {
        int storedVersion = stored.article().version();
        return storedVersion > incoming.version()
                || (storedVersion == incoming.version() && Enricher.MODEL_VERSION.equals(stored.modelVersion()));
    }

    private static List<String> terms(List<Keyword> keywords) {
        return keywords.stream().map(Keyword::term).toList();
    }

    private static List<String> codes(List<Category> categories) {
        return categories.stream().map(Category::code).toList();
    }

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::articleId).toList();
    }
}
