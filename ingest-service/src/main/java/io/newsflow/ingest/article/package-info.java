/** Accepting articles: identity, content hash, versions and dedupe, independent of Kafka and MongoDB. */
package io.newsflow.ingest.article;
