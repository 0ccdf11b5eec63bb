package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.model.TopicExampleRecorded;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An operator's labelled examples and topic corrections, through the running service and its examples log. */
class ClassifierAdminIT extends EnrichServiceFixture {

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void refusesExamplesWithoutTheAdminToken() throws Exception {
        HttpResponse<String> anonymous = new AdminClient(port, null).post("/admin/classifier/examples", NDJSON,
                "{\"text\":\"主队夺冠\",\"topic\":\"sport\"}\n");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void refusesABodyWithBadLinesWholeAndNamesEachOne() throws Exception {
        AdminClient admin = new AdminClient(port, ADMIN_TOKEN);
        int before = admin.model().get("examples").asInt();
        String body = "{\"text\":\"稻田插秧进度过半\",\"topic\":\"agriculture\"}\n"
                + "{\"txet\":\"联赛开幕\",\"topic\":\"sport\"}\n"
                + "{\"text\":\"新片定档\",\"topic\":\"no-such-topic\"}\n"
                + "not json\n";

        HttpResponse<String> response = admin.post("/admin/classifier/examples", NDJSON, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> errors = AdminClient.json(response.body()).get("errors").valueStream()
                .map(JsonNode::asString).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("line 2", "'txet'", "did you mean 'text'");
        assertThat(errors.get(1)).contains("line 3", "no-such-topic");
        assertThat(errors.get(2)).contains("line 4", "not JSON");
        assertThat(admin.model().get("examples").asInt()).isEqualTo(before);
    }

    @Test
    void recordsPostedExamplesOnTheExamplesLogAndLearnsFromThem() throws Exception {
        AdminClient admin = new AdminClient(port, ADMIN_TOKEN);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"title\":\"水稻插秧 " + marker + "\",\"text\":\"农技站指导农户抢抓农时插秧，稻田灌溉有序。\",\"topic\":\"农业\"}\n"
                + "{\"text\":\"球队主场迎战 " + marker + "，主教练赛前表示全力争胜。\",\"topic\":\"sport\"}\n";

        HttpResponse<String> response;
        try (TopicReader log = new TopicReader(LocalInfra.shared().bootstrapServers(), Topics.TOPIC_EXAMPLES)) {
            response = admin.post("/admin/classifier/examples", NDJSON, body);
            JsonNode accepted = AdminClient.json(response.body());
            List<String> ids = accepted.get("examples").valueStream().map(e -> e.get("id").asString()).toList();
            List<TopicExampleRecorded> logged = await().atMost(Duration.ofSeconds(30)).until(() -> log.poll().stream()
                    .filter(m -> ids.contains(m.key()) && m.value() != null)
                    .map(m -> EventCodec.decode(m.value(), TopicExampleRecorded.class)).toList(), l -> l.size() == 2);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(accepted.get("accepted").asInt()).isEqualTo(2);
            assertThat(logged).extracting(TopicExampleRecorded::topic).containsExactlyInAnyOrder("agriculture", "sport");
            assertThat(logged).allSatisfy(e -> assertThat(e.kind()).isEqualTo(TopicExampleRecorded.Kind.OPERATOR));
            assertThat(logged).allSatisfy(e -> assertThat(e.words()).isNotEmpty());
        }
        JsonNode model = admin.model();
        assertThat(model.get("perTopic").get("agriculture").asInt()).isPositive();
    }

    @Test
    void aCorrectionRepublishesTheArticleWithTheOperatorsTopicAndTeachesTheModel() throws Exception {
        AdminClient admin = new AdminClient(port, ADMIN_TOKEN);
        String id = "corrected-" + UUID.randomUUID();
        send(seed(id, 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(id) != null);

        try (TopicReader enriched = enrichedTopic()) {
            HttpResponse<String> corrected = admin.put("/admin/articles/" + id + "/topic", "{\"topic\":\"体育\"}");
            List<ArticleEnriched> events = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events(enriched.poll(), id), e -> e.size() == 2);

            assertThat(corrected.statusCode()).isEqualTo(200);
            assertThat(AdminClient.json(corrected.body()).get("topicAssignedBy").asString()).isEqualTo("OPERATOR");
            assertThat(events.get(1).topic()).isEqualTo(new ArticleTopic("sport", "体育"));
            assertThat(events.get(1).topicAssignedBy()).isEqualTo(ArticleTopic.AssignedBy.OPERATOR);
            assertThat(admin.model().get("corrections").asInt()).isPositive();

            HttpResponse<String> withdrawn = admin.delete("/admin/articles/" + id + "/topic");
            List<ArticleEnriched> after = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events(enriched.poll(), id), e -> e.size() == 3);
            assertThat(withdrawn.statusCode()).isEqualTo(200);
            assertThat(after.get(2).topicAssignedBy()).isNotEqualTo(ArticleTopic.AssignedBy.OPERATOR);
        }
    }

    @Test
    void answersNotFoundForACorrectionOfAnUnknownArticleAndBadRequestForAnUnknownTopic() throws Exception {
        AdminClient admin = new AdminClient(port, ADMIN_TOKEN);

        HttpResponse<String> unknownArticle = admin.put("/admin/articles/no-such-article/topic", "{\"topic\":\"sport\"}");
        HttpResponse<String> unknownTopic = admin.put("/admin/articles/x/topic", "{\"topic\":\"astrology\"}");
        HttpResponse<String> unknownField = admin.put("/admin/articles/x/topic", "{\"topc\":\"sport\"}");

        assertThat(unknownArticle.statusCode()).isEqualTo(404);
        assertThat(unknownTopic.statusCode()).isEqualTo(400);
        assertThat(unknownTopic.body()).contains("astrology");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("topc");
    }
}
