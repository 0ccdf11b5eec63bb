/** MongoDB adapter for term statistics: newsflow_enrich.term_stats_deltas, their snapshots and the articles counted. */
package io.newsflow.enrich.keywords.store;
