package io.newsflow.enrich.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplementWordsTest {

    private static final Map<String, Double> MATCH = Map.of("进球", 3.0, "比赛", 1.0, "球员", 2.0);
    private static final Map<String, Double> FILM = Map.of("电影", 2.0, "导演", 1.0, "票房", 1.0);
    private static final Map<String, Double> RATES = Map.of("银行", 2.0, "利率", 1.0, "贷款", 1.0);

    @Test
    void answersNothingUntilTwoTopicsHaveExamples() {
        ComplementWords model = new ComplementWords();
        assertThat(model.scores(MATCH)).isEmpty();
        model.add("sport", MATCH, 1);
        assertThat(model.scores(MATCH)).isEmpty();
        model.add("entertainment", FILM, 1);
        assertThat(model.scores(MATCH)).containsOnlyKeys("sport", "entertainment");
    }

    @Test
    void theTopicWhoseExamplesShareTheWordsScoresOne() {
        ComplementWords model = new ComplementWords();
        model.add("sport", MATCH, 1);
        model.add("entertainment", FILM, 1);
        model.add("economy", RATES, 1);

        Map<String, Double> scores = model.scores(Map.of("进球", 1.0, "球员", 1.0));

        assertThat(scores.get("sport")).isCloseTo(1.0, within(1e-9));
        assertThat(scores.get("entertainment")).isLessThan(0);
        assertThat(scores.get("economy")).isLessThan(0);
        assertThat(model.scores(Map.of("从未见过", 1.0))).allSatisfy((topic, score) -> assertThat(score).isZero());
    }

    @Test
    void unlearningAnExampleGivesBackTheEarlierModel() {
        ComplementWords model = new ComplementWords();
        model.add("sport", MATCH, 1);
        model.add("entertainment", FILM, 1);
        model.add("economy", RATES, 1);
        Map<String, Double> before = model.scores(FILM);

        model.add("sport", FILM, 1);
        assertThat(model.scores(FILM).get("sport")).isGreaterThan(before.get("sport"));
        model.add("sport", FILM, -1);

        Map<String, Double> after = model.scores(FILM);
        before.forEach((topic, score) -> assertThat(after.get(topic)).isCloseTo(score, within(1e-9)));
        assertThat(model.examples("sport")).isEqualTo(1);
    }
}
