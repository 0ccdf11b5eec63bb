package io.newsflow.publish.article.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.Articles;
import io.newsflow.publish.article.ReadModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The read model's timeline on the Mongo-wire server: order, moves between days, and the backfill of old data. */
class ArticleTimelineIT {

    private final String database = "timeline_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(LocalInfra.shared().mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ReadModel readModel = new MongoReadModel(mongo);
    private final Instant noon = Instant.parse("2026-03-10T12:00:00Z");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void listsArticlesNewestFirstAcrossDaysAndMovesOneWhoseTimeChanged() {
        readModel.upsertAll(List.of(article("a", 1, noon), article("b", 1, noon.minus(Duration.ofDays(2))),
                article("c", 1, noon.plusSeconds(60)), article("d", 1, noon)));

        assertThat(listed(Long.MAX_VALUE, "")).containsExactly("c", "a", "d", "b");
        assertThat(listed(noon.toEpochMilli(), "a")).containsExactly("d", "b");

        readModel.upsert(article("a", 2, noon.minus(Duration.ofDays(5))));

        assertThat(listed(Long.MAX_VALUE, "")).containsExactly("c", "d", "b", "a");
        Document day = mongo.getCollection(ArticleTimeline.COLLECTION).find(new Document("_id", "p:20260310")).first();
        assertThat(day.get("a", Document.class).keySet()).containsExactlyInAnyOrder("c", "d");
        List<String> enriched = new ArrayList<>();
        readModel.enrichedAfter(0, "").forEachRemaining(e -> enriched.add(e.id()));
        assertThat(enriched).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(readModel.findAll(List.of("d", "nope", "a"))).extracting(ArticleEnriched::id).containsExactly("d", "a");
    }

    @Test
    void backfillListsArticlesStoredBeforeTheTimelineExisted() {
        ReadModelSeeder.insert(LocalInfra.shared().mongoUri(), database, 600,
                i -> article("old." + i, 1, noon.minus(Duration.ofHours(i))));
        assertThat(readModel.listedAfter(Long.MAX_VALUE, "").hasNext()).isFalse();

        new TimelineBackfill(mongo).run();

        List<String> listed = listed(Long.MAX_VALUE, "");
        assertThat(listed).hasSize(600).startsWith("old.0", "old.1").endsWith("old.599");
        assertThat(new ArticleTimeline(mongo).backfilled()).isTrue();
    }

    private List<String> listed(long millis, String id) {
        List<String> ids = new ArrayList<>();
        Iterator<ReadModel.Listed> listed = readModel.listedAfter(millis, id);
        listed.forEachRemaining(l -> ids.add(l.id()));
        return ids;
    }

    private static ArticleEnriched article(String id, int version, Instant published) {
        return Articles.enriched(id, version, "标题" + id, published);
    }
}
