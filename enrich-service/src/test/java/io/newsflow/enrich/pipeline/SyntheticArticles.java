package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Keyword;
import io.newsflow.model.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Articles made from the corpus for the benchmark: random mixes of its sentences, or of its keywords. */
final class SyntheticArticles {

    private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

    private final Random random;
    private final List<Corpus.Entry> corpus = Corpus.load();

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    /** A raw article mixing the sentences of two corpus articles of one language, under a new id. */
    ArticleIngested raw(String id) {
        Corpus.Entry first = corpus.get(random.nextInt(corpus.size()));
        List<Corpus.Entry> sameLanguage = corpus.stream()
                .filter(e -> e.article().language().equals(first.article().language())).toList();
        Corpus.Entry second = sameLanguage.get(random.nextInt(sameLanguage.size()));
        List<String> sentences = new ArrayList<>();
        for (Corpus.Entry entry : List.of(first, second)) {
            Collections.addAll(sentences, entry.article().body().text().split("\n\n"));
        }
        Collections.shuffle(sentences, random);
        String body = String.join("\n\n", sentences.subList(0, Math.min(6, sentences.size())));
        Instant published = START.plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
        return new ArticleIngested(id, null, null, first.article().title(), new Body(body, ""), published,
                "来源" + random.nextInt(50), "", random.nextBoolean() ? first.article().breadcrumb() : List.of(),
                first.article().language(), "0".repeat(64), 1, Instant.now(), Origin.API, List.of());
    }

    /** An enriched article with ten keywords drawn from the vocabulary, a random SimHash and time. */
    ArticleEnriched enriched(String id, List<String> vocabulary) {
        List<Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Squaring skews the draw towards the front of the vocabulary, as word frequencies are skewed.
            double u = random.nextDouble();
            keywords.add(new Keyword(vocabulary.get((int) (u * u * vocabulary.size())), 1.0 - i * 0.08));
        }
        Instant published = START.plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
        ArticleIngested article = new ArticleIngested(id, null, null, "合成文章 " + id, new Body("", ""), published,
                "来源" + random.nextInt(50), "", List.of(), "zh-Hans", "0".repeat(64), 1, published, Origin.API,
                List.of());
        return new ArticleEnriched(article, List.of(), keywords, List.of(), "", SimHash.hex(random.nextLong()), null,
                List.of(), Enricher.MODEL_VERSION, published, List.of(), null, List.of());
    }
}
