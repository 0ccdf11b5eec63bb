package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRelationsChangedTest {

    private static final Instant ENRICHED = Instant.parse("2026-11-27T03:30:01Z");

    private static ArticleEnriched enriched() {
        return new ArticleEnriched(EventCodecTest.ingested(), List.of(), List.of(new Keyword("长宁", 0.9)), List.of(),
                "摘要。", "00ff00ff00ff00ff", null, List.of(), "enrich-1", ENRICHED, List.of("上海"), null, List.of(),
                new ArticleTopic("politics", "时政"), 0.6, ArticleTopic.AssignedBy.CLASSIFIER);
    }

    private static ArticleRelationsChanged change(int version, Instant at) {
        return new ArticleRelationsChanged("5d2c1f0e8a7b6c4d", version, at, null,
                List.of(new Recommendation("b", "另一篇", 0.4, List.of("长宁"))), List.of("新民晚报"));
    }

    @Test
    void changesOnlyTheRelationsAndTheEnrichmentTimeOfTheVersionItNames() {
        ArticleRelationsChanged change = change(1, ENRICHED.plusSeconds(5));

        ArticleEnriched changed = change.applyTo(enriched());

        assertThat(change.appliesTo(enriched())).isTrue();
        assertThat(changed.recommendations()).extracting(Recommendation::articleId).containsExactly("b");
        assertThat(changed.alsoReportedBy()).containsExactly("新民晚报");
        assertThat(changed.enrichedAt()).isEqualTo(ENRICHED.plusSeconds(5));
        assertThat(changed).usingRecursiveComparison()
                .ignoringFields("recommendations", "alsoReportedBy", "enrichedAt").isEqualTo(enriched());
    }

    @Test
    void leavesAnotherVersionAndANewerEnrichmentAlone() {
        assertThat(change(2, ENRICHED.plusSeconds(5)).appliesTo(enriched())).as("another version").isFalse();
        assertThat(change(1, ENRICHED).appliesTo(enriched())).as("not newer").isFalse();
        assertThat(change(1, ENRICHED.plusSeconds(5)).appliesTo(null)).isFalse();
    }

    @Test
    void travelsUnderItsOwnTypeAndIsReadBackByIt() {
        ArticleRelationsChanged change = change(1, ENRICHED.plusSeconds(5));
        String type = EnrichedArticleEvent.type(change);

        assertThat(type).isEqualTo(CloudEvent.TYPE_RELATIONS_CHANGED);
        assertThat(EnrichedArticleEvent.decode(EventCodec.encode(change), type)).isEqualTo(change);
        assertThat(EnrichedArticleEvent.decode(EventCodec.encode(enriched()), null)).isEqualTo(enriched());
        assertThat(EnrichedArticleEvent.type(enriched())).isEqualTo(CloudEvent.TYPE_ENRICHED);
    }

    @Test
    void validatesAgainstItsSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(
                        resolvers -> resolvers.mapPrefix("https://newsflow.io/schemas/", "classpath:schemas/")));
        Schema schema = registry.getSchema(
                SchemaLocation.of("https://newsflow.io/schemas/article-relations-changed.v1.schema.json"));

        assertThat(schema.validate(EventCodec.mapper().readTree(EventCodec.encode(change(1, ENRICHED))))).isEmpty();
        assertThat(schema.validate(EventCodec.mapper().readTree("{\"articleId\":\"a\"}"))).isNotEmpty();
    }
}
