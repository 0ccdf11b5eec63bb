package io.newsflow.publish.article.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.article.ReadModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per article under {@code _id = article id}, replaced only by an enrichment that is not older
 * (article version, then enrichment time); an older one loses on the unique {@code _id} and is ignored.
 */
@Component
class MongoReadModel implements ReadModel {

    static final String COLLECTION = "articles";
    private static final String ORDER = "_order";
    private static final String SORT_TIME = "_sortTime";
    private static final String ENRICHED_AT = "_enrichedAt";

    private final MongoTemplate mongo;
    private final ArticleTimeline timeline;

    MongoReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.timeline = new ArticleTimeline(mongo);
    }

    @Override
    public Optional<ArticleEnriched> find(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(read(document));
    }

    @Override
    public List<ArticleEnriched> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleEnriched> found = new HashMap<>();
        mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in", List.copyOf(ids))))
                .forEach(document -> found.put(document.getString("_id"), read(document)));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Iterator<Listed> listedAfter(long sortMillis, String id) {
        return timeline.listedAfter(sortMillis, id);
    }

    @Override
    public Iterator<Enrichment> enrichedAfter(long enrichedMillis, String id) {
        return timeline.enrichedAfter(enrichedMillis, id);
    }

    @Override
    public List<ArticleEnriched> newest(int limit) {
        List<ArticleEnriched> newest = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().sort(new Document(SORT_TIME, -1)).limit(limit)
                .forEach(document -> newest.add(read(document)));
        return newest;
    }

    static ArticleEnriched read(Document document) {
        document.remove("_id");
        document.remove(ORDER);
        document.remove(SORT_TIME);
        document.remove(ENRICHED_AT);
        return EventCodec.mapper().readValue(document.toJson(), ArticleEnriched.class);
    }

    @Override
    public void upsert(ArticleEnriched article) {
        upsertAll(List.of(article));
    }

    /**
     * Three commands whatever the poll holds: the stored order keys of its ids ({@code $in}), one bulk of replaces
     * by {@code _id} of the enrichments newer than what is stored (the newest of each id in the poll), then one bulk
     * that moves them in the {@link ArticleTimeline}.
     * The order is compared here, not in each replace's filter, because a filter beyond {@code _id} makes the
     * Mongo-wire stand-in scan the whole collection per write. A newer enrichment another instance writes between
     * the two commands can be overwritten; its own next event, or a rebuild from the topic, writes it again.
     */
    @Override
    public void upsertAll(List<ArticleEnriched> articles) {
        if (articles.isEmpty()) {
            return;
        }
        Map<String, ArticleEnriched> newest = new LinkedHashMap<>();
        for (ArticleEnriched article : articles) {
            newest.merge(article.id(), article, (a, b) -> order(b).compareTo(order(a)) >= 0 ? b : a);
        }
        Map<String, String> stored = new HashMap<>();
        Map<String, long[]> listed = new HashMap<>();
        for (Document document : mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in",
                List.copyOf(newest.keySet())))).projection(new Document(ORDER, 1).append(SORT_TIME, 1)
                        .append(ENRICHED_AT, 1))) {
            stored.put(document.getString("_id"), document.getString(ORDER));
            listed.put(document.getString("_id"), new long[] {millis(document, SORT_TIME, 0),
                    millis(document, ENRICHED_AT, -1)});
        }
        List<ArticleEnriched> winners = newest.values().stream()
                .filter(article -> stored.get(article.id()) == null || stored.get(article.id()).compareTo(order(article)) <= 0)
                .toList();
        if (winners.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = winners.stream()
                .map(article -> new ReplaceOneModel<>(new Document("_id", article.id()), document(article),
                        new ReplaceOptions().upsert(true))).toList();
        try {
            // in any order: an older enrichment meets the newer one's _id and loses, whichever is written first
            mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || e.getWriteErrors().stream()
                    .anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
        // after the articles: an entry whose article is not stored yet would be skipped by readers
        timeline.record(winners, listed);
    }

    private static long millis(Document document, String field, long otherwise) {
        return document.get(field) instanceof Number n ? n.longValue() : otherwise;
    }

    /** The stored form: the event as JSON, keyed by article id, with the fields that order versions and feeds. */
    static Document document(ArticleEnriched article) {
        Document document = Document.parse(EventCodec.mapper().writeValueAsString(article));
        document.put("_id", article.id());
        document.put(ORDER, order(article));
        document.put(SORT_TIME, ArticleTimes.sortTime(article).toEpochMilli());
        document.put(ENRICHED_AT, ArticleTimeline.enrichedMillis(article));
        return document;
    }

    /** Sortable as a string: zero-padded article version, then the enrichment time in epoch milliseconds. */
    private static String order(ArticleEnriched article) {
        return String.format("%010d|%015d", article.article().version(), article.enrichedAt().toEpochMilli());
    }
}
