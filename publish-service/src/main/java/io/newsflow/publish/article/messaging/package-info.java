/** Kafka listeners feeding the read model (once per group) and the feed cache (every instance). */
package io.newsflow.publish.article.messaging;
