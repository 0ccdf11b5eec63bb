/** Kafka adapter: publishes ArticleIngested with CloudEvents headers, keyed by article id. */
package io.newsflow.ingest.article.messaging;
