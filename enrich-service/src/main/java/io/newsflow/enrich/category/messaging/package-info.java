/** Kafka adapter of the topic classifier's examples log: appends to it, and follows it on every instance. */
package io.newsflow.enrich.category.messaging;
