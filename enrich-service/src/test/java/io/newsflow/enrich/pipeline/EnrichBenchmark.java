package io.newsflow.enrich.pipeline;

import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.similar.SimilarArticles;
import io.newsflow.enrich.similar.SimilarityProperties;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Throughput of enrich-service, run by hand (see bench/enrich/README.md), never in the normal build: the name
 * matches neither *Test nor *IT, and it only runs with -Dbench=true.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(properties = "newsflow.enrich.group=enrich-benchmark")
class EnrichBenchmark {

    private static final int END_TO_END = Integer.getInteger("bench.articles", 500);
    private static final int SAMPLES = 300;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Enricher enricher;

    @Autowired
    Segmenter segmenter;

    @Test
    void measure() throws Exception {
        SyntheticArticles synthetic = new SyntheticArticles(1);
        List<ArticleIngested> warmUp = raw(synthetic, 50);
        List<ArticleIngested> articles = raw(synthetic, END_TO_END);
        throughput(warmUp);
        double endToEnd = throughput(articles);
        double segmentation = segmentation(articles);
        System.out.printf("%nend to end (raw topic -> Mongo + enriched topic): %d articles, %.1f articles/s%n",
                articles.size(), endToEnd);
        System.out.printf("bare HanLP segmentation of the same articles:      %.1f articles/s%n", segmentation);
        perArticleCost(synthetic, articles);
    }

    private double throughput(List<ArticleIngested> articles) throws Exception {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        try (TopicReader enriched = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.ARTICLES_ENRICHED)) {
            long started = System.nanoTime();
            for (ArticleIngested article : articles) {
                kafka.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.id(), EventCodec.encode(article)));
            }
            kafka.flush();
            Set<String> seen = new HashSet<>();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                enriched.poll().stream().map(TopicReader.Message::key).filter(ids::contains).forEach(seen::add);
                return seen.size() == ids.size() && stored(ids) == ids.size();
            });
            return articles.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    private long stored(Set<String> ids) {
        Document anyOf = new Document("_id", new Document("$in", List.copyOf(ids)));
        return mongo.getCollection("articles").countDocuments(anyOf);
    }

    private double segmentation(List<ArticleIngested> articles) {
        long started = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (ArticleIngested article : articles) {
                segmenter.tokens(article.title());
                segmenter.tokens(article.body().text());
            }
        }
        return 3 * articles.size() / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * The in-memory work per article (keywords, near-duplicates, recommendations) beside indexes of growing size;
     * 300k shows that it stops growing once the postings of the article's terms are at their cap.
     */
    private void perArticleCost(SyntheticArticles synthetic, List<ArticleIngested> articles) {
        List<Draft> drafts = new ArrayList<>();
        long started = System.nanoTime();
        for (ArticleIngested article : articles.subList(0, SAMPLES)) {
            drafts.add(enricher.enrich(article));
        }
        double keywords = (System.nanoTime() - started) / 1e6 / SAMPLES;
        Set<String> vocabulary = new LinkedHashSet<>();
        drafts.forEach(d -> d.article().keywords().stream().map(Keyword::term).forEach(vocabulary::add));
        for (int i = 0; vocabulary.size() < 20_000; i++) {
            vocabulary.add("词" + i);
        }
        System.out.printf("%nper article, in memory "
                + "(enrich = segmentation + keywords + entities + summary + SimHash)%n");
        System.out.printf("%10s %12s %22s %12s%n", "indexed", "enrich ms", "near-dup + recs ms", "total ms");
        for (int size : new int[] {1_000, 10_000, 100_000, 300_000}) {
            SimilarArticles similar = new SimilarArticles(SimilarityProperties.defaults());
            List<String> terms = List.copyOf(vocabulary);
            for (int i = 0; i < size; i++) {
                similar.load(synthetic.enriched("s" + i, terms));
            }
            for (Draft draft : drafts.subList(0, 50)) {
                similar.place(draft.article());
            }
            long placeStarted = System.nanoTime();
            for (Draft draft : drafts) {
                similar.place(withId(draft.article(), UUID.randomUUID().toString()));
            }
            double place = (System.nanoTime() - placeStarted) / 1e6 / drafts.size();
            System.out.printf("%10d %12.3f %22.3f %12.3f%n", size, keywords, place, keywords + place);
        }
    }

    private static List<ArticleIngested> raw(SyntheticArticles synthetic, int count) {
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(synthetic.raw("bench-" + UUID.randomUUID()));
        }
        return articles;
    }

    private static ArticleEnriched withId(ArticleEnriched a, String id) {
        ArticleIngested r = a.article();
        ArticleIngested renamed = new ArticleIngested(id, r.url(), r.canonicalUrl(), r.title(), r.body(),
                r.publishedAt(), r.source(), r.author(), r.breadcrumb(), r.language(), r.contentHash(), r.version(),
                r.ingestedAt(), r.origin(), r.sourceKeywords());
        return new ArticleEnriched(renamed, a.categories(), a.keywords(), a.entities(), a.summary(), a.simhash(),
                a.duplicateOf(), a.recommendations(), a.modelVersion(), a.enrichedAt(), a.places(), a.zhHant(),
                a.alsoReportedBy());
    }
}
