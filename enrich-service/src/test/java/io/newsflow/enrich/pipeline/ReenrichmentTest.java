package io.newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReenrichmentTest {

    private TestPipeline pipeline;
    private List<Corpus.Entry> corpus;

    @BeforeEach
    void enrichTheCorpus() {
        pipeline = new TestPipeline();
        corpus = Corpus.load();
        corpus.forEach(entry -> pipeline.process(entry.article()));
        // The first passes see corpus statistics the first enrichment did not have yet; then the output is stable.
        pipeline.reenrich(Instant.EPOCH);
        pipeline.reenrich(Instant.EPOCH);
    }

    @Test
    void publishesNothingWhenTheModelGivesTheSameResult() {
        int published = pipeline.publisher.published().size();

        ReenrichmentJob result = pipeline.reenrich(Instant.EPOCH);

        assertThat(result.state()).isEqualTo(ReenrichmentJob.State.DONE);
        assertThat(result.scanned()).isEqualTo(corpus.size());
        assertThat(result.unchanged()).isEqualTo(corpus.size());
        assertThat(result.changed()).isZero();
        assertThat(pipeline.publisher.published()).hasSize(published);
    }

    @Test
    void republishesOnlyTheArticlesWhoseKeywordsChanged() {
        ArticleEnriched stale = pipeline.store.find("cu-2").orElseThrow();
        pipeline.store.upsert(new ArticleEnriched(stale.article(), stale.categories(), stale.keywords().subList(0, 2),
                stale.entities(), stale.summary(), stale.simhash(), stale.duplicateOf(), stale.recommendations(),
                "enrich-old", stale.enrichedAt(), stale.places(), stale.zhHant(), stale.alsoReportedBy()));
        int published = pipeline.publisher.published().size();

        ReenrichmentJob result = pipeline.reenrich(Instant.EPOCH);

        assertThat(result.changed()).isEqualTo(1);
        List<ArticleEnriched> republished = pipeline.publisher.published().subList(published,
                pipeline.publisher.published().size());
        assertThat(republished).extracting(ArticleEnriched::id).containsExactly("cu-2");
        assertThat(republished.get(0).keywords()).hasSize(10);
        assertThat(republished.get(0).enrichedAt()).isAfter(stale.enrichedAt());
    }

    @Test
    void replaysOnlyTheVersionTheStoreHolds() {
        Corpus.Entry first = corpus.get(0);
        pipeline.raw.append(first.article());
        int published = pipeline.publisher.published().size();

        ReenrichmentJob result = pipeline.reenrich(Instant.EPOCH);

        assertThat(result.scanned()).isEqualTo(corpus.size() + 1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(pipeline.publisher.published()).hasSize(published);
    }

    @Test
    void reenrichesOnlyArticlesIngestedSinceTheGivenInstant() {
        Instant since = Instant.parse("2026-11-20T00:00:00Z");
        long expected = corpus.stream().filter(e -> !e.article().ingestedAt().isBefore(since)).count();

        assertThat(pipeline.reenrich(since).scanned()).isEqualTo(expected).isLessThan(corpus.size());
    }
}
