package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.TopicExampleChange;
import io.newsflow.enrich.category.TopicExampleLog;
import io.newsflow.enrich.keywords.CorpusStatistics;
import io.newsflow.enrich.pipeline.EnrichedArticlePublisher.Acknowledgement;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleRelationsChanged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * The raw articles of one poll, enriched one after the other in memory. Each new enrichment is handed to Kafka at
 * once; the updates of older articles it causes (their copy, a better related article) are held until
 * {@link #flush} and sent then as relations changes, one per article with every change of the batch in it, so an
 * older article that ten new ones touch goes out once rather than ten times, and without the rest of it.
 * {@link #flush} waits for all acknowledgements
 * together, then stores the latest record of every article in one write: Kafka before MongoDB, as for a single
 * article. Until then the batch answers reads of its own records, so a later article of the batch builds on an
 * earlier one's changes (an older article touched twice carries both) and a repeated id is not enriched twice.
 * Holds the enrichment lock from creation to {@link #close}: nothing else reads or changes the in-memory state
 * meanwhile.
 */
public final class EnrichmentBatch implements AutoCloseable {

    private final ArticleEnrichment enrichment;
    private final EnrichedArticleStore store;
    private final EnrichedArticlePublisher publisher;
    private final TopicExampleLog examples;
    private final CorpusStatistics corpus;
    private final Lock lock;
    private final Map<String, ArticleEnriched> pending = new LinkedHashMap<>();
    /** Updates of older articles not sent yet, the latest of each id. */
    private final Map<String, ArticleEnriched> held = new LinkedHashMap<>();
    private final Map<String, Optional<ArticleEnriched>> prefetched = new HashMap<>();
    private final List<Acknowledgement> acknowledgements = new ArrayList<>();
    private final List<TopicExampleChange> lessons = new ArrayList<>();

    EnrichmentBatch(ArticleEnrichment enrichment, EnrichedArticleStore store, EnrichedArticlePublisher publisher,
            TopicExampleLog examples, CorpusStatistics corpus, Lock lock) {
        this.enrichment = enrichment;
        this.store = store;
        this.publisher = publisher;
        this.examples = examples;
        this.corpus = corpus;
        this.lock = lock;
        lock.lock();
    }

    /**
     * Reads the stored records of the ids (a poll's keys) in one round trip, so that the check whether each
     * article was enriched already costs no further one.
     */
    public void prefetch(Collection<String> ids) {
        Map<String, ArticleEnriched> found = store.findAll(ids);
        ids.forEach(id -> prefetched.put(id, Optional.ofNullable(found.get(id))));
    }

    /** Returns the enriched article, or empty when this version was already enriched or a newer one exists. */
    public Optional<ArticleEnriched> process(ArticleIngested article) {
        return enrichment.enrich(article, this);
    }

    /**
     * Sends the held updates, waits for the broker to acknowledge everything sent, then stores it; the batch is
     * empty after.
     */
    public void flush() {
        try {
            if (!held.isEmpty()) {
                acknowledgements.add(publisher.send(held.values().stream().map(ArticleRelationsChanged::of).toList()));
            }
            acknowledgements.forEach(Acknowledgement::await);
            if (!lessons.isEmpty()) {
                examples.append(List.copyOf(lessons));
            }
            if (!pending.isEmpty()) {
                store.upsertAll(List.copyOf(pending.values()));
            }
            corpus.flush();
        } finally {
            acknowledgements.clear();
            held.clear();
            lessons.clear();
            pending.clear();
            prefetched.clear();
        }
    }

    @Override
    public void close() {
        lock.unlock();
    }

    Optional<ArticleEnriched> find(String id) {
        ArticleEnriched own = pending.get(id);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<ArticleEnriched> known = prefetched.get(id);
        return known != null ? known : store.find(id);
    }

    /** An example for the topic classifier, appended to the examples log with the batch. */
    void teach(TopicExampleChange change) {
        lessons.add(change);
    }

    /**
     * Sends a new enrichment now and holds the updates of older articles it caused until the flush. A held update
     * of the enriched article itself is dropped: the new record carries its relations as they are now.
     */
    void send(ArticleEnriched enriched, List<ArticleEnriched> older) {
        acknowledgements.add(publisher.send(List.of(enriched)));
        held.remove(enriched.id());
        pending.put(enriched.id(), enriched);
        older.forEach(record -> {
            held.put(record.id(), record);
            pending.put(record.id(), record);
        });
    }
}
