/** Durable webhook delivery: per-subscriber queues, signing, retries on a schedule, disabling failing endpoints. */
package io.newsflow.publish.delivery;
