package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Events written by earlier producers must keep parsing and keep matching the published schemas. */
class StoredSamplesTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(
                    resolvers -> resolvers.mapPrefix("https://newsflow.io/schemas/", "classpath:schemas/")));

    @ParameterizedTest
    @CsvSource({
        "samples/article-ingested.v1.json, article-ingested.v1.schema.json",
        "samples/article-ingested-with-warnings.v1.json, article-ingested.v1.schema.json",
        "samples/article-enriched.v1.json, article-enriched.v1.schema.json",
        "samples/article-enriched-with-topic.v1.json, article-enriched.v1.schema.json",
        "samples/topic-example-recorded.v1.json, topic-example-recorded.v1.schema.json"
    })
    void storedSampleValidatesAgainstSchema(String sample, String schemaFile) throws IOException {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://newsflow.io/schemas/" + schemaFile));

        List<Error> errors = schema.validate(readTree(sample));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "samples/article-ingested.v1.json, article-ingested.v1.schema.json",
        "samples/article-enriched.v1.json, article-enriched.v1.schema.json"
    })
    void schemaRejectsEventWithoutRequiredFields(String sample, String schemaFile) throws IOException {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://newsflow.io/schemas/" + schemaFile));
        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode) readTree(sample);
        broken.remove(schemaFile.startsWith("article-ingested") ? "title" : "article");

        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void storedTopicExampleParsesAndNeedsItsTopic() throws IOException {
        TopicExampleRecorded example = EventCodec.decode(bytes("samples/topic-example-recorded.v1.json"),
                TopicExampleRecorded.class);
        Schema schema = REGISTRY.getSchema(
                SchemaLocation.of("https://newsflow.io/schemas/topic-example-recorded.v1.schema.json"));
        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode)
                readTree("samples/topic-example-recorded.v1.json");
        broken.remove("topic");

        assertThat(example.kind()).isEqualTo(TopicExampleRecorded.Kind.CORRECTION);
        assertThat(example.words()).containsEntry("联赛", 4.0);
        assertThat(example.articleId()).isEqualTo("3f2a9c1d");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void storedIngestedSampleParses() throws IOException {
        ArticleIngested event = EventCodec.decode(bytes("samples/article-ingested.v1.json"), ArticleIngested.class);

        assertThat(event.title()).isEqualTo("“六外联动”,长宁构建大外事工作格局");
        assertThat(event.breadcrumb()).containsExactly("国内新闻", "上海新闻");
        assertThat(event.origin()).isEqualTo(Origin.PAGE);
        assertThat(event.parseWarnings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void storedSampleWithParseWarningsParses() throws IOException {
        ArticleIngested event = EventCodec.decode(bytes("samples/article-ingested-with-warnings.v1.json"),
                ArticleIngested.class);

        assertThat(event.parseWarnings()).extracting(ParseWarning::field).containsExactly("source", "author");
        assertThat(event.parseWarnings().get(0).message()).contains("来源");
    }

    @org.junit.jupiter.api.Test
    void schemaRejectsParseWarningWithoutField() throws IOException {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://newsflow.io/schemas/article-ingested.v1.schema.json"));
        tools.jackson.databind.node.ObjectNode event = (tools.jackson.databind.node.ObjectNode)
                readTree("samples/article-ingested-with-warnings.v1.json");
        ((tools.jackson.databind.node.ObjectNode) event.get("parseWarnings").get(0)).remove("field");

        assertThat(schema.validate(event)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void storedEnrichedSampleParses() throws IOException {
        ArticleEnriched event = EventCodec.decode(bytes("samples/article-enriched.v1.json"), ArticleEnriched.class);

        assertThat(event.id()).isEqualTo("5d2c1f0e8a7b6c4d");
        assertThat(event.keywords()).extracting(Keyword::term).contains("长宁");
        assertThat(event.categories().get(0).assignedBy()).isEqualTo(Category.AssignedBy.BREADCRUMB);
        assertThat(event.recommendations().get(0).reasons()).containsExactly("虹桥友谊联盟", "长宁");
        assertThat(event.topic()).isNull();
        assertThat(event.topicAssignedBy()).isNull();
    }

    @org.junit.jupiter.api.Test
    void enrichedSampleWithTopicParses() throws IOException {
        ArticleEnriched event = EventCodec.decode(bytes("samples/article-enriched-with-topic.v1.json"),
                ArticleEnriched.class);

        assertThat(event.topic()).isEqualTo(new ArticleTopic("politics", "时政"));
        assertThat(event.topicConfidence()).isEqualTo(0.62);
        assertThat(event.topicAssignedBy()).isEqualTo(ArticleTopic.AssignedBy.CLASSIFIER);
        assertThat(event.places()).containsExactly("上海", "长宁");
    }

    @org.junit.jupiter.api.Test
    void freshlyEncodedEventsValidate() {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("https://newsflow.io/schemas/article-ingested.v1.schema.json"));

        JsonNode node = EventCodec.mapper().readTree(EventCodec.encode(EventCodecTest.ingested()));
        JsonNode warned = EventCodec.mapper().readTree(EventCodec.encode(EventCodecTest.withWarnings()));

        assertThat(schema.validate(node)).isEmpty();
        assertThat(schema.validate(warned)).isEmpty();
    }

    private static JsonNode readTree(String resource) throws IOException {
        return EventCodec.mapper().readTree(bytes(resource));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = StoredSamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
