/** Embedded infrastructure (a real KRaft Kafka broker and a MongoDB-wire server) and the local-stack launcher. */
package io.newsflow.localstack;
