package io.newsflow.enrich.category;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryClassifierTest {

    private static final Category SPORT = new Category("medtop:15000000", List.of("体育"), "体育", 1.0,
            Category.AssignedBy.BREADCRUMB);
    private static final Category ECONOMY = new Category("medtop:04000000", List.of("财经"), "财经", 1.0,
            Category.AssignedBy.BREADCRUMB);

    private final CategoryClassifier classifier = new CategoryClassifier(3, 0.6);

    @Test
    void staysSilentUntilTwoCategoriesHaveEnoughExamples() {
        learnSport(3);
        classifier.learn("e1", ECONOMY, keywords("央行", "利率", "银行"));

        assertThat(classifier.classify(keywords("联赛", "球队"))).isEmpty();
    }

    @Test
    void assignsTheCategoryOfArticlesWithSimilarKeywords() {
        learnSport(3);
        learnEconomy(3);

        assertThat(classifier.classify(keywords("联赛", "冠军", "主教练"))).hasValueSatisfying(category -> {
            assertThat(category.code()).isEqualTo("medtop:15000000");
            assertThat(category.path()).containsExactly("体育");
            assertThat(category.assignedBy()).isEqualTo(Category.AssignedBy.CLASSIFIER);
            assertThat(category.confidence()).isGreaterThanOrEqualTo(0.6);
        });
    }

    @Test
    void leavesAnArticleUncategorizedRatherThanGuess() {
        learnSport(3);
        learnEconomy(3);

        assertThat(classifier.classify(keywords("台风", "降雨", "气象台"))).isEmpty();
    }

    @Test
    void replacesTheExampleOfAnArticleLearntTwice() {
        learnSport(3);
        learnEconomy(2);
        classifier.learn("s0", ECONOMY, keywords("央行", "利率", "银行"));

        assertThat(classifier.classify(keywords("联赛", "冠军"))).isEmpty();
    }

    private void learnSport(int count) {
        for (int i = 0; i < count; i++) {
            classifier.learn("s" + i, SPORT, keywords("联赛", "冠军", "球队", "进球" + i));
        }
    }

    private void learnEconomy(int count) {
        for (int i = 0; i < count; i++) {
            classifier.learn("e" + i, ECONOMY, keywords("央行", "利率", "银行", "贷款" + i));
        }
    }

    private static List<Keyword> keywords(String... terms) {
        return Arrays.stream(terms).map(t -> new Keyword(t, 1.0)).toList();
    }
}
