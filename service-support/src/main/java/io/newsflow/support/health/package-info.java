/** Readiness health indicators shared by the services: Kafka and MongoDB reachability. */
package io.newsflow.support.health;
