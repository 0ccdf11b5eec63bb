/** Kafka side of dead letters: reading the {@code .DLT} topics and producing replays to the source topics. */
package io.newsflow.console.deadletter.messaging;
