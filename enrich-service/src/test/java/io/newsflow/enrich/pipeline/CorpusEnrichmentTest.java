package io.newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.model.Recommendation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written corpus through the whole enrichment step, as an editor would look at the result. */
class CorpusEnrichmentTest {

    private static final Map<String, String> GROUP_CODES = Map.of("shanghai", "domestic/shanghai",
            "economy", "medtop:04000000", "sport", "medtop:15000000", "tech", "medtop:13000000",
            "culture", "medtop:01000000", "tech-en", "medtop:13000000", "sport-en", "medtop:15000000");
    private static final Map<String, String> GROUP_TOPICS = Map.of("economy", "economy", "sport", "sport",
            "tech", "science-technology", "culture", "arts-culture", "tech-en", "science-technology",
            "sport-en", "sport");

    private static List<Corpus.Entry> corpus;
    private static final Map<String, Corpus.Entry> entries = new HashMap<>();
    private static TestPipeline pipeline;

    @BeforeAll
    static void enrichTheCorpus() {
        corpus = Corpus.load();
        pipeline = new TestPipeline();
        for (Corpus.Entry entry : corpus) {
            entries.put(entry.id(), entry);
            pipeline.enrichment.process(entry.article());
        }
    }

    @Test
    void corpusCoversSeveralTopicsCopiesAndLanguages() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        assertThat(corpus).filteredOn(e -> e.copyOf() != null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(corpus).filteredOn(e -> e.article().language().equals("en")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void marksCopiesAsDuplicatesOfTheEarliestArticle() {
        for (Corpus.Entry entry : corpus) {
            assertThat(stored(entry.id()).duplicateOf()).as("duplicateOf of %s", entry.id()).isEqualTo(entry.copyOf());
        }
    }

    @Test
    void listsTheCopiesSourcesOnTheOriginal() {
        assertThat(stored("ec-1").alsoReportedBy()).containsExactlyInAnyOrder("证券时报", "中国证券报");
        assertThat(stored("sp-1").alsoReportedBy()).containsExactly("体坛周报");
        assertThat(stored("te-1").alsoReportedBy()).containsExactly("澎湃新闻");
        assertThat(stored("te-2").alsoReportedBy()).isEmpty();
    }

    @Test
    void republishesTheOriginalWithItsCopiesSourcesAndANewerEnrichedAt() {
        List<ArticleEnriched> versions = pipeline.publisher.published().stream().filter(a -> a.id().equals("ec-1"))
                .toList();
        assertThat(versions.size()).isGreaterThanOrEqualTo(2);
        assertThat(versions.get(versions.size() - 1).enrichedAt()).isAfter(versions.get(0).enrichedAt());
        assertThat(versions.get(0).alsoReportedBy()).isEmpty();
    }

    @Test
    void mapsBreadcrumbsToCategoriesWithIptcCodesWhereTheyExist() {
        corpus.stream().filter(e -> !e.article().breadcrumb().isEmpty()).forEach(entry -> {
            Category category = stored(entry.id()).categories().get(0);
            assertThat(category.assignedBy()).isEqualTo(Category.AssignedBy.BREADCRUMB);
            assertThat(category.code()).as(entry.id()).isEqualTo(GROUP_CODES.get(entry.group()));
        });
    }

    @Test
    void givesArticlesWithoutABreadcrumbTheirTopicAsATaxonomyCategory() {
        List<Corpus.Entry> unlabelled = corpus.stream().filter(e -> e.article().breadcrumb().isEmpty()).toList();
        assertThat(unlabelled).hasSizeGreaterThanOrEqualTo(5);
        for (Corpus.Entry entry : unlabelled) {
            ArticleEnriched article = stored(entry.id());
            assertThat(article.categories()).as("categories of %s", entry.id()).singleElement()
                    .satisfies(category -> {
                        // Shanghai is a place, not a topic: its articles may be about anything.
                        assertThat(category.code()).isEqualTo(GROUP_TOPICS.getOrDefault(entry.group(), category.code()));
                        assertThat(category.code()).isEqualTo(article.topic().code());
                        assertThat(category.path()).containsExactly(article.topic().label());
                        assertThat(category.confidence()).isEqualTo(article.topicConfidence());
                    });
        }
    }

    @Test
    void keepsTheSiteBreadcrumbFirstAndTheTaxonomyTopicAfterIt() {
        corpus.stream().filter(e -> !e.article().breadcrumb().isEmpty()).forEach(entry -> {
            ArticleEnriched article = stored(entry.id());
            assertThat(article.categories()).as(entry.id()).hasSize(2);
            assertThat(article.categories().get(0).path()).isEqualTo(entry.article().breadcrumb());
            assertThat(article.categories().get(1).code()).isEqualTo(article.topic().code());
            if (!entry.group().equals("shanghai")) {
                assertThat(article.topic().code()).as(entry.id()).isEqualTo(GROUP_TOPICS.get(entry.group()));
            }
        });
    }

    @Test
    void recommendsArticlesOfTheSameTopicFirst() {
        for (Corpus.Entry entry : corpus) {
            List<Recommendation> recommendations = stored(entry.id()).recommendations();
            assertThat(recommendations).as("recommendations of %s", entry.id()).isNotEmpty();
            assertThat(entries.get(recommendations.get(0).articleId()).group())
                    .as("top recommendation of %s: %s", entry.id(), recommendations).isEqualTo(entry.group());
            assertThat(recommendations).hasSizeLessThanOrEqualTo(5)
                    .allSatisfy(r -> assertThat(r.reasons()).isNotEmpty())
                    .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        }
    }

    @Test
    void neverRecommendsTheArticleItselfOrANearDuplicate() {
        for (Corpus.Entry entry : corpus) {
            String cluster = entry.copyOf() == null ? entry.id() : entry.copyOf();
            assertThat(stored(entry.id()).recommendations()).extracting(Recommendation::articleId)
                    .as("recommendations of %s", entry.id())
                    .doesNotContain(entry.id(), cluster)
                    .noneMatch(id -> cluster.equals(entries.get(id).copyOf()));
        }
    }

    @Test
    void givesEnglishArticlesEnglishKeywordsInTheirSurfaceForm() {
        assertThat(stored("en-1").keywords()).extracting(Keyword::term).contains("accelerator", "models")
                .containsAnyOf("chip", "chips").doesNotContain("the", "said", "new", "Tuesday", "acceler", "model");
        assertThat(stored("en-1").zhHant()).isNull();
    }

    @Test
    void keepsPlacesApartFromTheSubject() {
        ArticleEnriched metro = stored("sh-1");
        assertThat(metro.places()).startsWith("上海");
        assertThat(metro.categories().get(0).path()).containsExactly("国内新闻", "上海新闻");
        assertThat(stored("te-2").places()).doesNotContain("上海");
        assertThat(metro.topic()).isNotNull();
        assertThat(metro.topicAssignedBy()).isEqualTo(ArticleTopic.AssignedBy.CLASSIFIER);
    }

    @Test
    void givesEveryArticleATopicWithConfidence() {
        assertThat(corpus).allSatisfy(entry -> {
            ArticleEnriched enriched = stored(entry.id());
            assertThat(enriched.topic()).as(entry.id()).isNotNull();
            assertThat(enriched.topicConfidence()).as(entry.id()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(enriched.topicAssignedBy()).as(entry.id()).isNotNull();
        });
    }

    private static ArticleEnriched stored(String id) {
        return pipeline.store.find(id).orElseThrow();
    }
}
