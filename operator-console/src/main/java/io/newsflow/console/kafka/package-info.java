/** Kafka clients the console shares: one Admin, and consumers that never join a group or commit an offset. */
package io.newsflow.console.kafka;
