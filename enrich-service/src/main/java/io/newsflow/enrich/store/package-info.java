/** MongoDB adapter: enriched articles in newsflow_enrich.articles, upserted by id and version. */
package io.newsflow.enrich.store;
