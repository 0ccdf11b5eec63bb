package io.newsflow.enrich.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.category.BreadcrumbCategorizer;
import io.newsflow.enrich.nlp.EntityExtractor;
import io.newsflow.enrich.nlp.KeywordExtractor;
import io.newsflow.enrich.nlp.SeedArticle;
import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.pipeline.TestPipeline;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder();

    @Test
    void findsTheSeedsCityFromTheBreadcrumbAndItsDistrictFromTheText() {
        Segmenter segmenter = TestPipeline.segmenter();
        List<String> breadcrumb = List.of("国内新闻", "上海新闻");
        List<Entity> entities = new EntityExtractor()
                .entities(segmenter.tokens(SeedArticle.TITLE + "\n" + SeedArticle.body()));
        List<Keyword> keywords = new KeywordExtractor(segmenter).keywords(SeedArticle.TITLE, SeedArticle.body());

        List<String> places = finder.places(new BreadcrumbCategorizer().places(breadcrumb), entities, keywords);

        assertThat(places).startsWith("上海", "长宁").doesNotContain("长宁区", "中国", "国内新闻").doesNotHaveDuplicates();
    }

    @Test
    void ignoresPlacesMentionedInPassing() {
        List<Entity> entities = List.of(new Entity("浦东新区", Entity.Type.PLACE, 1),
                new Entity("长宁区", Entity.Type.PLACE, 9),
                new Entity("长宁", Entity.Type.PLACE, 3), new Entity("北京", Entity.Type.PLACE, 2));

        assertThat(finder.places(List.of(), entities, List.of())).containsExactly("长宁");
    }
}
