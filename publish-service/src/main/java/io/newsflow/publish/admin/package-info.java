/** Operator endpoints of publish-service: rebuilding the read model and the feed cache from Kafka. */
package io.newsflow.publish.admin;
