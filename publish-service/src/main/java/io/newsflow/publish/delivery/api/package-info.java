/** HTTP API of subscriptions, their deliveries and the cursor pull API (admin token required). */
package io.newsflow.publish.delivery.api;
