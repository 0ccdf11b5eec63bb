package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.category.TopicEvidence;
import io.newsflow.model.ArticleEnriched;
import java.util.Set;

/**
 * An article enriched on its own, before it is compared with the others.
 *
 * @param terms every candidate term, for the corpus document frequencies
 * @param topicEvidence the words its topic was judged by, for the topic classifier to learn from
 */
record Draft(ArticleEnriched article, Set<String> terms, TopicEvidence topicEvidence) {
}
