package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.util.Set;

/**
 * An article enriched on its own, before it is compared with the others.
 *
 * @param terms every candidate term, for the corpus document frequencies
 */
record Draft(ArticleEnriched article, Set<String> terms) {
}
