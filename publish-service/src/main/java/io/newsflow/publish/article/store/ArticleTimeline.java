package io.newsflow.publish.article.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Keyword;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.article.ReadModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code article_timeline}: per UTC day a bucket {@code p:yyyyMMdd} of the articles whose sort time falls on it
 * (with what feeds select by) and a bucket {@code e:yyyyMMdd} of the articles enriched on it, each a map from the
 * article id to its entry, so moving an article is a {@code $unset} in its old bucket and a {@code $set} in the new
 * one, both idempotent; and {@code days}, naming the days that have buckets. A reader takes the directory (one
 * command), then buckets by {@code _id} ({@code $in}: one day, then two, four … up to {@link #MAX_DAYS_PER_READ}
 * a command, so a busy day is read alone and quiet years quickly) and sorts each in memory, so its cost grows with
 * the days it spans, never with the collection. Only {@code _id} is queried: the Mongo-wire
 * stand-in answers that without a scan, and real MongoDB needs no index beyond it. A day's bucket holds about
 * 200 bytes an article, so the 16 MB document limit is some 80,000 articles a day.
 */
final class ArticleTimeline {

    static final String COLLECTION = "article_timeline";
    static final int MAX_DAYS_PER_READ = 16;
    private static final String DIRECTORY = "days";
    private static final String BACKFILLED = "backfilled";
    private static final long FIRST_DAY = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    private static final long LAST_DAY = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final MongoTemplate mongo;

    ArticleTimeline(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static long enrichedMillis(ArticleEnriched article) {
        return article.enrichedAt() == null ? 0 : article.enrichedAt().toEpochMilli();
    }

    /**
     * Lists the articles where they now belong and unlists them where they were, in one bulk write.
     *
     * @param before the stored sort and enrichment times ({@code sortMillis}, {@code enrichedMillis}) by article id
     */
    void record(List<ArticleEnriched> articles, Map<String, long[]> before) {
        Map<String, Document> set = new LinkedHashMap<>();
        Map<String, Document> unset = new HashMap<>();
        Document days = new Document();
        for (ArticleEnriched article : articles) {
            String field = "a." + key(article.id());
            long sort = ArticleTimes.sortTime(article).toEpochMilli();
            long enriched = enrichedMillis(article);
            set.computeIfAbsent("p:" + day(sort), k -> new Document()).append(field, listing(article, sort));
            set.computeIfAbsent("e:" + day(enriched), k -> new Document()).append(field,
                    new Document("id", article.id()).append("e", enriched));
            days.append("p." + day(sort), true).append("e." + day(enriched), true);
            long[] was = before.get(article.id());
            if (was != null && !day(was[0]).equals(day(sort))) {
                unset.computeIfAbsent("p:" + day(was[0]), k -> new Document()).append(field, "");
            }
            if (was != null && was[1] >= 0 && !day(was[1]).equals(day(enriched))) {
                unset.computeIfAbsent("e:" + day(was[1]), k -> new Document()).append(field, "");
            }
        }
        if (set.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        set.forEach((bucket, fields) -> {
            Document update = new Document("$set", fields);
            Document gone = unset.remove(bucket);
            if (gone != null) {
                update.append("$unset", gone);
            }
            writes.add(new UpdateOneModel<>(new Document("_id", bucket), update, upsert));
        });
        unset.forEach((bucket, fields) -> writes.add(new UpdateOneModel<>(new Document("_id", bucket),
                new Document("$unset", fields))));
        writes.add(new UpdateOneModel<>(new Document("_id", DIRECTORY), new Document("$set", days), upsert));
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    private static Document listing(ArticleEnriched article, long sort) {
        List<String> categories = article.categories().stream()
                .flatMap(c -> Stream.of(String.join("/", c.path()), c.code())).distinct().toList();
        return new Document("id", article.id()).append("t", sort).append("s", article.article().source())
                .append("c", categories).append("k", article.keywords().stream().map(Keyword::term).toList());
    }

    Iterator<ReadModel.Listed> listedAfter(long sortMillis, String id) {
        Predicate<ReadModel.Listed> after = l -> l.sortMillis() < sortMillis
                || (l.sortMillis() == sortMillis && l.id().compareTo(id) > 0);
        List<String> days = days("p").stream().filter(d -> d.compareTo(day(sortMillis)) <= 0)
                .sorted(Comparator.reverseOrder()).toList();
        return new Buckets<>("p:", days, ArticleTimeline::listed, after, Comparator
                .comparingLong(ReadModel.Listed::sortMillis).reversed().thenComparing(ReadModel.Listed::id));
    }

    Iterator<ReadModel.Enrichment> enrichedAfter(long enrichedMillis, String id) {
        Predicate<ReadModel.Enrichment> after = e -> e.enrichedMillis() > enrichedMillis
                || (e.enrichedMillis() == enrichedMillis && e.id().compareTo(id) > 0);
        List<String> days = days("e").stream().filter(d -> d.compareTo(day(enrichedMillis)) >= 0).sorted().toList();
        return new Buckets<>("e:", days, d -> new ReadModel.Enrichment(d.getString("id"), number(d, "e")), after,
                Comparator.comparingLong(ReadModel.Enrichment::enrichedMillis).thenComparing(ReadModel.Enrichment::id));
    }

    /** True once the articles stored before the timeline existed were listed ({@link TimelineBackfill}). */
    boolean backfilled() {
        return mongo.getCollection(COLLECTION).find(new Document("_id", BACKFILLED)).first() != null;
    }

    void markBackfilled() {
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", BACKFILLED),
                new Document("$set", new Document("at", new Date())), new UpdateOptions().upsert(true));
    }

    private List<String> days(String kind) {
        Document directory = mongo.getCollection(COLLECTION).find(new Document("_id", DIRECTORY))
                .projection(new Document(kind, 1)).first();
        Document days = directory == null ? null : directory.get(kind, Document.class);
        return days == null ? List.of() : List.copyOf(days.keySet());
    }

    private static ReadModel.Listed listed(Document d) {
        return new ReadModel.Listed(d.getString("id"), number(d, "t"), d.getString("s"), d.getList("c", String.class),
                d.getList("k", String.class));
    }

    /** Entries of the named days in order, read when the caller gets to them, more days a command each time. */
    private final class Buckets<T> implements Iterator<T> {

        private final String prefix;
        private final Deque<String> days;
        private final Function<Document, T> entry;
        private final Predicate<T> wanted;
        private final Comparator<T> order;
        private final Deque<T> ready = new ArrayDeque<>();
        private int perRead = 1;

        Buckets(String prefix, List<String> days, Function<Document, T> entry, Predicate<T> wanted,
                Comparator<T> order) {
            this.prefix = prefix;
            this.days = new ArrayDeque<>(days);
            this.entry = entry;
            this.wanted = wanted;
            this.order = order;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !days.isEmpty()) {
                List<String> ids = new ArrayList<>();
                while (ids.size() < perRead && !days.isEmpty()) {
                    ids.add(prefix + days.poll());
                }
                perRead = Math.min(perRead * 2, MAX_DAYS_PER_READ);
                Map<String, Document> found = new HashMap<>();
                mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in", ids)))
                        .forEach(d -> found.put(d.getString("_id"), d));
                for (String id : ids) {
                    Document bucket = found.get(id);
                    Document entries = bucket == null ? null : bucket.get("a", Document.class);
                    if (entries != null) {
                        entries.values().stream().map(v -> entry.apply((Document) v)).filter(wanted).sorted(order)
                                .forEach(ready::add);
                    }
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }

    /** Eight digits, so days sort as strings: times outside the years 1 to 9999 go to the nearest end. */
    private static String day(long millis) {
        return DAY.format(Instant.ofEpochMilli(Math.max(FIRST_DAY, Math.min(LAST_DAY, millis))));
    }

    /** Field names may not hold {@code .} nor start with {@code $}; article ids may. */
    private static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
