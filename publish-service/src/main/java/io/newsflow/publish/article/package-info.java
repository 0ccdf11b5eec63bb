/** publish-service's read model of enriched articles, built idempotently from the enriched topic. */
package io.newsflow.publish.article;
