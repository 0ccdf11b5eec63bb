package io.newsflow.publish.article.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.newsflow.model.ArticleEnriched;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bson.Document;

/** Fills a read model in bulk, in the stored form the service writes, for benchmarks with many stored articles. */
public final class ReadModelSeeder {

    private static final int BATCH = 1000;

    private ReadModelSeeder() {
    }

    /** The service's MongoDB read model on this template, for tests outside its package. */
    public static io.newsflow.publish.article.ReadModel readModel(org.springframework.data.mongodb.core.MongoTemplate mongo) {
        return new MongoReadModel(mongo);
    }

    /** Inserts {@code count} articles made by {@code article} into {@code database}'s article collection. */
    public static void insert(String mongoUri, String database, int count, IntFunction<ArticleEnriched> article) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> articles = client.getDatabase(database).getCollection(MongoReadModel.COLLECTION);
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < count; i++) {
                batch.add(MongoReadModel.document(article.apply(i)));
                if (batch.size() == BATCH || i == count - 1) {
                    articles.insertMany(batch);
                    batch.clear();
                }
            }
        }
    }
}
