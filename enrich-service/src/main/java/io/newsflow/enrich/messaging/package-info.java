/** Kafka adapters: the raw-topic listener, the enriched-topic publisher, retries and dead letters. */
package io.newsflow.enrich.messaging;
