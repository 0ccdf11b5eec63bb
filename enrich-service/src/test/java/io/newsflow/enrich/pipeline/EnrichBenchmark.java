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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
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
    private static final int WARM_UP = 100;
    private static final int SAMPLES = 300;
    private static final int ROUNDS = 5;

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
        perArticleCost(raw(synthetic, WARM_UP + SAMPLES));
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
     * 300k shows that it stops growing once the postings of the article's terms are at their cap. Every size
     * places the same articles under the same ids into a freshly built index, after a collection (the garbage of
     * building the index is not the articles' cost) and a warm-up of other articles. Several rounds, each timing
     * the enrichment and then every size, so that a burst of load from elsewhere hits all sizes alike; the
     * medians are printed, as elapsed time and as CPU time of the measuring thread (which other processes on the
     * machine disturb less, though it leaves out collections).
     */
    private void perArticleCost(List<ArticleIngested> articles) {
        List<Draft> drafts = articles.stream().map(enricher::enrich).toList();
        Set<String> vocabulary = new LinkedHashSet<>();
        drafts.forEach(d -> d.article().keywords().stream().map(Keyword::term).forEach(vocabulary::add));
        for (int i = 0; vocabulary.size() < 20_000; i++) {
            vocabulary.add("词" + i);
        }
        List<String> terms = List.copyOf(vocabulary);
        int[] sizes = {1_000, 10_000, 100_000, 300_000};
        Cost[] enrich = new Cost[ROUNDS];
        Cost[][] place = new Cost[sizes.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Stopwatch watch = new Stopwatch();
            articles.forEach(enricher::enrich);
            enrich[round] = watch.perArticle(articles.size());
            for (int i = 0; i < sizes.length; i++) {
                place[i][round] = placeCost(new SyntheticArticles(2), terms, sizes[i], drafts);
            }
        }
        System.out.printf("%nper article, in memory (enrich = segmentation + keywords + entities + summary + SimHash), "
                + "median of %d rounds%n", ROUNDS);
        System.out.printf("%10s %10s %14s %10s %10s %12s %14s %12s   %s%n", "indexed", "enrich ms",
                "dup + recs ms", "total ms", "total/1k", "cpu: enrich", "dup + recs", "total/1k",
                "dup + recs ms by round");
        for (int i = 0; i < sizes.length; i++) {
            Cost[] byRound = place[i];
            System.out.printf("%10d %10.3f %14.3f %10.3f %10.2f %12.3f %14.3f %12.2f   %s%n", sizes[i],
                    median(r -> enrich[r].elapsed()), median(r -> byRound[r].elapsed()),
                    median(r -> enrich[r].elapsed() + byRound[r].elapsed()),
                    median(r -> (enrich[r].elapsed() + byRound[r].elapsed())
                            / (enrich[r].elapsed() + place[0][r].elapsed())),
                    median(r -> enrich[r].cpu()), median(r -> byRound[r].cpu()),
                    median(r -> (enrich[r].cpu() + byRound[r].cpu()) / (enrich[r].cpu() + place[0][r].cpu())),
                    Arrays.stream(byRound).map(c -> String.format("%.3f", c.elapsed())).toList());
        }
    }

    /** Cost per article to place the measured drafts beside an index of the given size. */
    private static Cost placeCost(SyntheticArticles synthetic, List<String> terms, int size, List<Draft> drafts) {
        SimilarArticles similar = new SimilarArticles(SimilarityProperties.defaults());
        for (int i = 0; i < size; i++) {
            similar.load(synthetic.enriched("s" + i, terms));
        }
        System.gc();
        for (int i = 0; i < WARM_UP; i++) {
            similar.place(withId(drafts.get(i).article(), "warm-up-" + i));
        }
        Stopwatch watch = new Stopwatch();
        for (int i = WARM_UP; i < drafts.size(); i++) {
            similar.place(withId(drafts.get(i).article(), "measured-" + i));
        }
        return watch.perArticle(SAMPLES);
    }

    private static double median(IntToDoubleFunction byRound) {
        double[] sorted = IntStream.range(0, ROUNDS).mapToDouble(byRound).sorted().toArray();
        return sorted[ROUNDS / 2];
    }

    /** Milliseconds per article, elapsed and on this thread's CPU. */
    private record Cost(double elapsed, double cpu) {
    }

    private static final class Stopwatch {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final long elapsed = System.nanoTime();
        private final long cpu = THREADS.getCurrentThreadCpuTime();

        Cost perArticle(int articles) {
            return new Cost((System.nanoTime() - elapsed) / 1e6 / articles,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / articles);
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
