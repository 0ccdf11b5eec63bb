/** The trace an article carries through the pipeline: W3C {@code traceparent} in Kafka headers and in the logs. */
package io.newsflow.support.tracing;
