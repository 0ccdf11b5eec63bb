package io.newsflow.enrich.nlp;

import io.newsflow.model.Keyword;
import java.util.List;
import java.util.Set;

/**
 * What keyword extraction found in one article.
 *
 * @param keywords the strongest terms, weight 1.0 first
 * @param terms every distinct candidate term, as counted in the corpus document frequencies
 */
public record Extraction(List<Keyword> keywords, Set<String> terms) {

    public Extraction {
        keywords = List.copyOf(keywords);
        terms = Set.copyOf(terms);
    }
}
