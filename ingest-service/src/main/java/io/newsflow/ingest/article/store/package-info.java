/** MongoDB adapter: the latest version of each ingested article, in newsflow_ingest.articles. */
package io.newsflow.ingest.article.store;
