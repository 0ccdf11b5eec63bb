/** Server-sent events of enriched articles, filtered like subscriptions, resumable with Last-Event-ID. */
package io.newsflow.publish.stream;
