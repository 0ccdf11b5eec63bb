package io.newsflow.enrich.category;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadcrumbCategorizerTest {

    private final BreadcrumbCategorizer categorizer = new BreadcrumbCategorizer();

    @Test
    void mapsTheSeedBreadcrumbToItsCategory() {
        List<Category> categories = categorizer.categorize(List.of("国内新闻", "上海新闻"));

        assertThat(categories).singleElement().satisfies(category -> {
            assertThat(category.path()).containsExactly("国内新闻", "上海新闻");
            assertThat(category.code()).isEqualTo("domestic/shanghai");
            assertThat(category.assignedBy()).isEqualTo(Category.AssignedBy.BREADCRUMB);
        });
    }

    @Test
    void derivesACodeForLabelsTheTableDoesNotKnow() {
        assertThat(categorizer.categorize(List.of("国内新闻", "长宁动态")).get(0).code())
                .isEqualTo("domestic/长宁动态");
    }

    @Test
    void assignsNothingWithoutABreadcrumb() {
        assertThat(categorizer.categorize(List.of())).isEmpty();
    }
}
