/** End-to-end latency of articles through the pipeline: ingest to raw topic, to enriched, to published. */
package io.newsflow.console.latency;
