/**
 * Kafka as every service uses it: topics of the configured size, consumer group membership, and failure handling
 * shared by the listeners (bounded retries, then the dead-letter topic).
 */
package io.newsflow.support.kafka;
