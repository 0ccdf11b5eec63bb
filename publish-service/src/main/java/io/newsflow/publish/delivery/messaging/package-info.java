/** Kafka adapter of operator alerts ({@code newsflow.operator.alerts.v1}). */
package io.newsflow.publish.delivery.messaging;
