package io.newsflow.enrich.category;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.pipeline.TestPipeline;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic.AssignedBy;
import io.newsflow.model.Body;
import io.newsflow.model.Origin;
import io.newsflow.model.TopicExampleRecorded;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short articles of our own, the way an editor would check what topic each one gets. */
class TopicAssignerTest {

    private static final String MATCH = "主队逆转夺冠";
    private static final String MATCH_BODY = "昨晚的联赛决赛中，主队在下半场连进两球，主教练赛后表示球员们发挥出色，"
            + "球迷在主场为球队的冠军欢呼。";
    private static final String RATES = "央行宣布下调贷款利率";
    private static final String RATES_BODY = "央行今天宣布下调贷款市场报价利率，银行信贷成本随之下降，"
            + "分析人士认为货币政策将继续支持实体经济和消费。";

    private final Segmenter segmenter = TestPipeline.segmenter();
    private final Taxonomy taxonomy = new Taxonomy();
    private final TopicClassifier classifier = new TopicClassifier(taxonomy);
    private final TopicAssigner assigner = new TopicAssigner(taxonomy, classifier);

    @Test
    void answersFromTheWordListsBeforeAnythingWasLearnt() {
        assertThat(classified(MATCH, MATCH_BODY)).isEqualTo("sport");
        assertThat(classified(RATES, RATES_BODY)).isEqualTo("economy");
        assertThat(classified("新款SUV上市 百公里油耗不到六升", "这款新车搭载涡轮增压发动机和八速变速箱，"
                + "车主试驾后认为底盘扎实，后排空间宽敞，厂商指导价十五万元起。")).isEqualTo("auto");
        assertThat(classified("专家提醒：高血压患者冬季要注意用药", "医生表示，气温下降时血压容易波动，"
                + "患者应按时服药、定期检查，出现头晕症状要及时就医。")).isEqualTo("health");
        assertThat(classified("驱逐舰编队完成远海实弹演习", "海军舰艇编队在演习中发射导弹，官兵完成防空和反潜作战训练。"))
                .isEqualTo("military");
        assertThat(classified("今年高考报名人数创新高", "教育部介绍，考生可在网上填报志愿，各高校招生计划将陆续公布，"
                + "学校和家长要帮助学生做好备考。")).isEqualTo("education");
        assertThat(classified("这个假期去古镇看看", "景区推出夜游线路，游客可以乘船游览古镇，住进当地民宿，"
                + "门票在网上预订还有优惠。")).isEqualTo("travel");
    }

    @Test
    void givesEveryArticleATopicAndAConfidence() {
        TopicAssigner.TopicAssignment sure = assigner.assign(article(MATCH, MATCH_BODY, List.of(), null, List.of()),
                evidence(MATCH, MATCH_BODY));
        TopicAssigner.TopicAssignment unsure = assigner.assign(article("一天", "他说好的。", List.of(), null,
                List.of()), evidence("一天", "他说好的。"));

        assertThat(sure.assignedBy()).isEqualTo(AssignedBy.CLASSIFIER);
        assertThat(sure.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(sure.topic().label()).isEqualTo("体育");
        assertThat(unsure.topic()).isNotNull();
        assertThat(unsure.confidence()).isGreaterThan(0).isLessThan(0.2);
    }

    @Test
    void leansToTheTopicOfItsCharactersWhenAHeadlineUsesNoListedWord() {
        TopicClassifier.Scored warships = classifier.classify(evidence("两艘新舰同日入列", ""));
        TopicClassifier.Scored match = classifier.classify(evidence(MATCH, ""));

        assertThat(warships.topic().code()).isEqualTo("military");
        assertThat(warships.confidence()).isLessThan(match.confidence());
    }

    @Test
    void takesThePortalChannelFromTheUrl() {
        assertThat(assigner.assign(article(RATES, RATES_BODY, List.of(), "https://sports.example.cn/2024/0301/a1.html",
                List.of()), evidence(RATES, RATES_BODY)))
                .satisfies(a -> {
                    assertThat(a.topic().code()).isEqualTo("sport");
                    assertThat(a.assignedBy()).isEqualTo(AssignedBy.URL);
                });
        assertThat(assigner.assign(article(MATCH, MATCH_BODY, List.of(), "https://www.example.com/ent/2024/a2.shtml",
                List.of()), evidence(MATCH, MATCH_BODY)).topic().code()).isEqualTo("entertainment");
        assertThat(assigner.urlChannel("https://news.example.cn/shanghai/2021/1015/liuwai.html")).isEmpty();
        assertThat(assigner.urlChannel("https://www.example.cn/story/ent.html")).isEmpty();
    }

    @Test
    void breadcrumbWinsOverTheSourcesTagsTheUrlAndTheWords() {
        ArticleIngested labelled = article(RATES, RATES_BODY, List.of("首页", "体育新闻"),
                "https://finance.example.cn/a/1.html", List.of("财经"));

        TopicAssigner.TopicAssignment assignment = assigner.assign(labelled, evidence(RATES, RATES_BODY));

        assertThat(assignment.topic().code()).isEqualTo("sport");
        assertThat(assignment.assignedBy()).isEqualTo(AssignedBy.BREADCRUMB);
        assertThat(assignment.confidence()).isEqualTo(1.0);
    }

    @Test
    void takesTheSourcesOwnChannelTagBeforeTheUrl() {
        ArticleIngested tagged = article(MATCH, MATCH_BODY, List.of(), "https://finance.example.cn/a/1.html",
                List.of("周末", "股票"));

        TopicAssigner.TopicAssignment assignment = assigner.assign(tagged, evidence(MATCH, MATCH_BODY));

        assertThat(assignment.topic().code()).isEqualTo("stocks");
        assertThat(assignment.assignedBy()).isEqualTo(AssignedBy.CHANNEL);
    }

    @Test
    void doesNotTakeAPlaceForATopic() {
        ArticleIngested metro = article(MATCH, MATCH_BODY, List.of("国内新闻", "上海新闻"), null, List.of("上海"));

        TopicAssigner.TopicAssignment assignment = assigner.assign(metro, evidence(MATCH, MATCH_BODY));

        assertThat(assignment.assignedBy()).isEqualTo(AssignedBy.CLASSIFIER);
        assertThat(assignment.topic().code()).isEqualTo("sport");
        assertThat(taxonomy.forLabel("国内新闻")).isEmpty();
        assertThat(taxonomy.forLabel("上海新闻")).isEmpty();
        assertThat(taxonomy.forLabel("国际新闻")).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("world"));
    }

    @Test
    void learnsTopicsFromLabelledArticles() {
        String title = "蚕桑喜迎好年景";
        String body = "蚕房里桑叶供应充足，今年的蚕茧又大又白。";
        String before = classified(title, body);
        for (int i = 0; i < 6; i++) {
            classifier.learn("a" + i, "agriculture", evidence("蚕桑第" + i + "批蚕茧", "桑叶长势喜人，蚕茧收成有望好于往年。"));
            classifier.learn("e" + i, "economy", evidence(RATES, RATES_BODY));
        }

        assertThat(before).isNotEqualTo("agriculture");
        assertThat(classified(title, body)).isEqualTo("agriculture");
    }

    @Test
    void anOperatorsCorrectionWinsOverEverySignalUntilItIsWithdrawn() {
        ArticleIngested labelled = article(RATES, RATES_BODY, List.of("首页", "财经"), null, List.of());
        TopicExampleRecorded correction = new TopicExampleRecorded("correction:" + labelled.id(), "sport",
                evidence(RATES, RATES_BODY).words(), null, TopicExampleRecorded.Kind.CORRECTION, labelled.id(),
                Instant.now());

        classifier.apply(correction.id(), correction);
        TopicAssigner.TopicAssignment corrected = assigner.assign(labelled, evidence(RATES, RATES_BODY));
        classifier.apply(correction.id(), null);
        TopicAssigner.TopicAssignment withdrawn = assigner.assign(labelled, evidence(RATES, RATES_BODY));

        assertThat(corrected.topic().code()).isEqualTo("sport");
        assertThat(corrected.assignedBy()).isEqualTo(AssignedBy.OPERATOR);
        assertThat(withdrawn.assignedBy()).isEqualTo(AssignedBy.BREADCRUMB);
        assertThat(withdrawn.topic().code()).isEqualTo("economy");
        assertThat(classifier.state().examples()).isZero();
    }

    @Test
    void theSameExamplesMakeTheSameModelInAnyOrder() {
        List<TopicExampleRecorded> examples = List.of(
                example("operator:1", "sport", MATCH, MATCH_BODY), example("operator:2", "economy", RATES, RATES_BODY),
                example("operator:1", "education", MATCH, MATCH_BODY), example("operator:3", "sport", MATCH, ""));
        TopicClassifier inOrder = new TopicClassifier(taxonomy);
        TopicClassifier reversed = new TopicClassifier(taxonomy);
        examples.forEach(e -> inOrder.apply(e.id(), e));
        // What a compacted log keeps of the same records: the latest of each id, in another order.
        List.of(examples.get(3), examples.get(1), examples.get(2)).forEach(e -> reversed.apply(e.id(), e));

        assertThat(inOrder.state()).isEqualTo(reversed.state());
        assertThat(inOrder.state().perTopic()).containsEntry("education", 1).containsEntry("sport", 1);
        assertThat(inOrder.classify(evidence(MATCH, MATCH_BODY)))
                .isEqualTo(reversed.classify(evidence(MATCH, MATCH_BODY)));
    }

    private TopicExampleRecorded example(String id, String topic, String title, String body) {
        return new TopicExampleRecorded(id, topic, evidence(title, body).words(), title + body,
                TopicExampleRecorded.Kind.OPERATOR, null, Instant.now());
    }

    private String classified(String title, String body) {
        return classifier.classify(evidence(title, body)).topic().code();
    }

    private TopicEvidence evidence(String title, String body) {
        return TopicEvidence.of(segmenter.tokens(title), segmenter.tokens(body));
    }

    private static ArticleIngested article(String title, String body, List<String> breadcrumb, String url,
            List<String> tags) {
        return new ArticleIngested("t-" + title.hashCode(), url, url, title, new Body(body, ""),
                Instant.parse("2024-03-01T02:00:00Z"), "", "", breadcrumb, "zh-Hans", "b".repeat(64), 1,
                Instant.parse("2024-03-01T02:00:00Z"), Origin.API, tags);
    }
}
