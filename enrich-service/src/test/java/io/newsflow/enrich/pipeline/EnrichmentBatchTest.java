package io.newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleRelationsChanged;
import io.newsflow.model.EnrichedArticleEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrichmentBatchTest {

    private final List<Corpus.Entry> corpus = Corpus.load();

    @Test
    void storesWhatOneArticleAtATimeWouldHaveStored() {
        TestPipeline single = new TestPipeline();
        corpus.forEach(entry -> single.enrichment.process(entry.article()));
        TestPipeline batched = new TestPipeline();
        for (int from = 0; from < corpus.size(); from += 7) {
            try (EnrichmentBatch batch = batched.enrichment.batch()) {
                corpus.subList(from, Math.min(from + 7, corpus.size())).forEach(e -> batch.process(e.article()));
                batch.flush();
            }
        }

        for (Corpus.Entry entry : corpus) {
            ArticleEnriched one = single.store.find(entry.id()).orElseThrow();
            ArticleEnriched other = batched.store.find(entry.id()).orElseThrow();
            assertThat(other.recommendations()).as("recommendations of %s", entry.id())
                    .isEqualTo(one.recommendations());
            assertThat(other.duplicateOf()).as("duplicate of %s", entry.id()).isEqualTo(one.duplicateOf());
            assertThat(other.alsoReportedBy()).as("also reported by of %s", entry.id())
                    .isEqualTo(one.alsoReportedBy());
            assertThat(other.keywords()).as("keywords of %s", entry.id()).isEqualTo(one.keywords());
        }
    }

    @Test
    void keepsBothChangesOfAnOlderArticleTouchedTwiceInOneBatch() {
        TestPipeline pipeline = new TestPipeline();
        Corpus.Entry older = corpus.get(0);
        List<Corpus.Entry> sameTopic = corpus.stream()
                .filter(e -> e.group().equals(older.group()) && e.copyOf() == null && e != older).limit(2).toList();
        pipeline.enrichment.process(older.article());

        try (EnrichmentBatch batch = pipeline.enrichment.batch()) {
            sameTopic.forEach(e -> batch.process(e.article()));
            assertThat(pipeline.store.find(sameTopic.get(0).id())).as("stored before the flush").isEmpty();
            batch.flush();
        }

        assertThat(pipeline.store.find(older.id()).orElseThrow().recommendations())
                .extracting(r -> r.articleId()).contains(sameTopic.get(0).id(), sameTopic.get(1).id());
    }

    @Test
    void sendsAnOlderArticleTouchedSeveralTimesInOneBatchOnceAfterTheNewOnes() {
        TestPipeline pipeline = new TestPipeline();
        Corpus.Entry older = corpus.get(0);
        List<Corpus.Entry> sameTopic = corpus.stream()
                .filter(e -> e.group().equals(older.group()) && e.copyOf() == null && e != older).limit(3).toList();
        pipeline.enrichment.process(older.article());
        int before = pipeline.publisher.published().size();

        try (EnrichmentBatch batch = pipeline.enrichment.batch()) {
            sameTopic.forEach(e -> batch.process(e.article()));
            assertThat(pipeline.publisher.published().subList(before, pipeline.publisher.published().size()))
                    .as("sent before the flush").extracting(ArticleEnriched::id)
                    .containsExactlyElementsOf(sameTopic.stream().map(Corpus.Entry::id).toList());
            batch.flush();
        }

        List<ArticleEnriched> sent = pipeline.publisher.published().subList(before, pipeline.publisher.published().size());
        List<ArticleEnriched> updatesOfOlder = sent.stream().filter(a -> a.id().equals(older.id())).toList();
        assertThat(updatesOfOlder).hasSize(1);
        assertThat(updatesOfOlder.get(0).recommendations()).extracting(r -> r.articleId())
                .contains(sameTopic.get(0).id(), sameTopic.get(1).id(), sameTopic.get(2).id());
        List<ArticleEnriched> atFlush = sent.subList(sameTopic.size(), sent.size());
        assertThat(atFlush.stream().map(ArticleEnriched::id).distinct().count())
                .as("one update per article at the flush").isEqualTo(atFlush.size());
        assertThat(pipeline.store.find(older.id()).orElseThrow()).isEqualTo(updatesOfOlder.get(0));
        List<EnrichedArticleEvent> all = pipeline.publisher.events();
        List<EnrichedArticleEvent> events = all.subList(before, all.size());
        assertThat(events.subList(0, sameTopic.size())).as("the new articles, whole")
                .allMatch(e -> e instanceof ArticleEnriched);
        assertThat(events.subList(sameTopic.size(), events.size())).as("older articles: their relations only")
                .isNotEmpty().allMatch(e -> e instanceof ArticleRelationsChanged);
    }

    @Test
    void enrichesAnArticleRepeatedInOneBatchOnce() {
        TestPipeline pipeline = new TestPipeline();
        try (EnrichmentBatch batch = pipeline.enrichment.batch()) {
            Optional<ArticleEnriched> first = batch.process(corpus.get(0).article());
            Optional<ArticleEnriched> again = batch.process(corpus.get(0).article());
            batch.flush();

            assertThat(first).isPresent();
            assertThat(again).isEmpty();
        }
        assertThat(pipeline.publisher.published()).extracting(ArticleEnriched::id).containsOnlyOnce(corpus.get(0).id());
    }
}
