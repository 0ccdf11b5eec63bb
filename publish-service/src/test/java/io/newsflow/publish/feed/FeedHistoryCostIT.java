package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.Articles;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.article.store.ReadModelSeeder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a feed page past the window costs in MongoDB commands, counted on the wire: 3,000 stored articles, 360 a day
 * over eight and a half days, a window of 20.
 */
class FeedHistoryCostIT {

    private static final int COUNT = 3000;

    private final AtomicInteger finds = new AtomicInteger();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(LocalInfra.shared().mongoUri()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")) {
                        finds.incrementAndGet();
                    }
                }
            }).build());
    private final MongoTemplate mongo = new MongoTemplate(client, "history_cost_" + UUID.randomUUID().toString()
            .substring(0, 8));
    private final ReadModel readModel = ReadModelSeeder.readModel(mongo);
    private final FeedCache cache = new FeedCache(new PublishProperties(null, 10, 20, null));
    private final FeedSelection selection = new FeedSelection(cache, readModel, new FeedHistory(readModel));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aPageBeyondTheWindowTakesAFewFindsWhetherTheFeedIsDenseOrSparse() {
        Instant newest = Instant.parse("2026-03-10T23:59:00Z");
        List<ArticleEnriched> newestFirst = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            newestFirst.add(Articles.enriched("a" + i, 1, "标题" + i, newest.minus(Duration.ofMinutes(i * 4L)),
                    List.of("国内新闻"), "长宁时报", i % 10 == 0 ? List.of("稀有") : List.of("常见"), List.of()));
        }
        for (int from = 0; from < COUNT; from += 500) {
            readModel.upsertAll(newestFirst.subList(from, from + 500));
        }
        List<ArticleEnriched> window = newestFirst.subList(0, 20);
        String cursor = Cursor.of(newestFirst.get(1000)).encode();
        finds.set(0);

        FeedSelection.Page latest = page("latest", cursor, 50, window);
        int latestFinds = finds.getAndSet(0);
        FeedSelection.Page sparse = page("keywords/稀有", cursor, 20, window);
        int sparseFinds = finds.getAndSet(0);

        assertThat(latest.items()).extracting(ArticleEnriched::id).startsWith("a1001", "a1002").hasSize(50);
        assertThat(sparse.items()).extracting(ArticleEnriched::id).startsWith("a1010", "a1020").hasSize(20);
        // the directory of days, the cursor's day, one batch of articles; the sparse feed reads two more days
        assertThat(latestFinds).isEqualTo(3);
        assertThat(sparseFinds).isEqualTo(4);
    }

    private FeedSelection.Page page(String path, String after, int limit, List<ArticleEnriched> window) {
        Map<String, String> query = new HashMap<>(Map.of("after", after, "limit", Integer.toString(limit)));
        return selection.select(FeedRequest.parse(path, query, 10), window);
    }
}
