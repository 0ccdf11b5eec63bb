/** ingest-service: HTTP ingest API, page parsing, dedupe and the Kafka producer. */
package io.newsflow.ingest;
