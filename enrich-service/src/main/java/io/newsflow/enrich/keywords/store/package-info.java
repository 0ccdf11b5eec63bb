/** MongoDB adapter for term statistics: newsflow_enrich.term_stats and the articles already counted. */
package io.newsflow.enrich.keywords.store;
