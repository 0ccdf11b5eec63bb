package io.newsflow.enrich.similar;

import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Keyword;
import io.newsflow.model.Origin;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Enriched articles made up for index tests: only id, source, time, SimHash and keywords matter. */
final class Articles {

    private Articles() {
    }

    static ArticleEnriched article(String id, String source, Instant published, long simhash, String... terms) {
        ArticleIngested ingested = new ArticleIngested(id, null, null, "title " + id, new Body("", ""), published,
                source, "", List.of(), "zh-Hans", "0".repeat(64), 1, published, Origin.API, List.of());
        List<Keyword> keywords = Arrays.stream(terms).map(t -> new Keyword(t, 1.0)).toList();
        return new ArticleEnriched(ingested, List.of(), keywords, List.of(), "", SimHash.hex(simhash), null, List.of(),
                "test", published, List.of(), null, List.of());
    }
}
