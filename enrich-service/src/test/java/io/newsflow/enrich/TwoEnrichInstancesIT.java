package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.pipeline.Corpus;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.localstack.TopicReader;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.CloudEvent;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Origin;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two enrich instances in one consumer group on a broker and store of their own: each enriches part of 200 raw
 * articles, and both hold the same topic model, built from the examples log, so both answer the same for any
 * article; an instance started again rebuilds that model before it enriches anything.
 */
class TwoEnrichInstancesIT {

    private static final String TOKEN = "twins-token";
    private static final int ARTICLES = 200;
    private static final String[][] SPORT = {
        {"主队主场逆转夺冠", "联赛决赛中主队下半场连进两球，主教练赛后称赞球员，球迷在看台欢呼。"},
        {"女排晋级四强", "女排在淘汰赛中三比一取胜，主攻手拿下全队最高分，教练组调整了轮换。"},
        {"马拉松赛事周末开跑", "两万名跑者参加城市马拉松，赛道沿江设置，组委会增设补给站和医疗点。"}};
    private static final String[][] FARMING = {
        {"春耕备耕有序推进", "各地农户抢抓农时，农技人员下田指导播种，化肥和种子供应充足。"},
        {"小麦收割进度过半", "联合收割机在麦田里来回作业，粮食收购点排起长队，今年小麦产量稳定。"},
        {"果园迎来采摘季", "合作社组织村民采摘苹果，冷链车把水果运往城市，农民收入增加。"}};

    private static LocalInfra infra;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        infra = LocalInfra.isolated();
        instances.add(start());
        instances.add(start());
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        infra.close();
    }

    @Test
    void bothInstancesAnswerTheSameFromTheSharedExamplesAndARestartedOneRebuildsTheModel() throws Exception {
        AdminClient first = admin(instances.get(0));
        StringBuilder examples = new StringBuilder();
        for (String[] text : FARMING) {
            examples.append(EventCodec.mapper().writeValueAsString(
                    Map.of("title", text[0], "text", text[1], "topic", "agriculture"))).append('\n');
        }
        assertThat(first.post("/admin/classifier/examples", "application/x-ndjson", examples.toString())
                .statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(TwoEnrichInstancesIT::bothHoldRawPartitions);
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String[] text = (i % 2 == 0 ? SPORT : FARMING)[i % 3];
            articles.add(article("twin-" + i, text[0] + " " + i, text[1], List.of("首页", i % 2 == 0 ? "体育" : "三农")));
        }
        List<Corpus.Entry> corpus = Corpus.load().stream().filter(e -> !e.article().breadcrumb().isEmpty()).toList();
        for (int i = 4; i < ARTICLES; i++) {
            ArticleIngested source = corpus.get(i % corpus.size()).article();
            articles.add(article("twin-" + i, source.title() + " " + i, source.body().text(), List.of()));
        }
        Map<String, ArticleEnriched> enriched = publishAndCollect(articles);
        // Three posted examples and four labelled articles: both instances hold all seven, equally.
        await().atMost(Duration.ofSeconds(30)).until(() -> sameModel(7));

        Map<String, JsonNode> answered = answers(instances.get(0), articles);
        assertThat(answers(instances.get(1), articles)).isEqualTo(answered);
        assertThat(enrichedBy(instances.get(0))).isPositive();
        assertThat(enrichedBy(instances.get(1))).isPositive();
        assertThat(enrichedBy(instances.get(0)) + enrichedBy(instances.get(1))).isEqualTo(ARTICLES);
        assertThat(enriched.values()).allSatisfy(a -> assertThat(a.topic()).isNotNull());

        JsonNode before = admin(instances.get(1)).model();
        instances.remove(1).close();
        instances.add(start());
        JsonNode rebuilt = admin(instances.get(1)).model();

        assertThat(rebuilt.get("digest")).isEqualTo(before.get("digest"));
        assertThat(rebuilt.get("examples").asInt()).isEqualTo(7);
        assertThat(answers(instances.get(1), articles)).isEqualTo(answered);
    }

    private static boolean bothHoldRawPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("enrich-service")).all().get()
                    .get("enrich-service");
            return group.members().size() == 2
                    && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        }
    }

    /** Raw articles this instance enriched, from its own metrics. */
    private static double enrichedBy(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find("newsflow.articles.enriched").tag("result", "enriched")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    /** What the instance's model answers for each article, by id. */
    private static Map<String, JsonNode> answers(ConfigurableApplicationContext instance, List<ArticleIngested> articles)
            throws Exception {
        Map<String, JsonNode> answers = new HashMap<>();
        for (ArticleIngested article : articles) {
            answers.put(article.id(), classify(instance, article));
        }
        return answers;
    }

    private static boolean sameModel(int examples) throws Exception {
        JsonNode a = admin(instances.get(0)).model();
        JsonNode b = admin(instances.get(1)).model();
        return a.get("examples").asInt() == examples && a.get("digest").equals(b.get("digest"));
    }

    private static Map<String, ArticleEnriched> publishAndCollect(List<ArticleIngested> articles) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
                TopicReader topic = new TopicReader(infra.bootstrapServers(), Topics.ARTICLES_ENRICHED)) {
            for (ArticleIngested article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.id(), EventCodec.encode(article))).get();
            }
            return await().atMost(Duration.ofSeconds(90)).until(() -> {
                Map<String, ArticleEnriched> latest = new HashMap<>();
                // the enrichments: relations changes of older articles carry no topic
                topic.poll().stream()
                        .filter(m -> !CloudEvent.TYPE_RELATIONS_CHANGED.equals(m.headers().get(CloudEvent.TYPE)))
                        .forEach(m -> latest.put(m.key(), EventCodec.decode(m.value(), ArticleEnriched.class)));
                return latest;
            }, latest -> latest.keySet().containsAll(articles.stream().map(ArticleIngested::id).toList()));
        }
    }

    private static JsonNode classify(ConfigurableApplicationContext instance, ArticleIngested article)
            throws Exception {
        String body = EventCodec.mapper().writeValueAsString(
                Map.of("title", article.title(), "text", article.body().text()));
        return AdminClient.json(admin(instance).post("/admin/classifier/classify", "application/json", body).body());
    }

    private static AdminClient admin(ConfigurableApplicationContext instance) {
        return new AdminClient(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")), TOKEN);
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(infra.springProperties());
        properties.put("server.port", "0");
        properties.put("newsflow.enrich.admin-token", TOKEN);
        properties.put("newsflow.retry.attempts", "1");
        properties.put("management.tracing.sampling.probability", "0");
        // As command-line arguments, which win over application.yml (default properties would not).
        return new SpringApplicationBuilder(EnrichApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    private static ArticleIngested article(String id, String title, String body, List<String> breadcrumb) {
        return new ArticleIngested(id, null, null, title, new Body(body, ""), Instant.parse("2026-11-30T02:00:00Z"),
                "", "", breadcrumb, "zh-Hans", Integer.toHexString(id.hashCode()).repeat(8).substring(0, 64), 1,
                Instant.now(), Origin.API, List.of());
    }
}
