/** Failure handling shared by the Kafka listeners: bounded retries, then the dead-letter topic. */
package io.newsflow.support.kafka;
