/**
 * The enrichment step: from ArticleIngested to ArticleEnriched, idempotent by id and version; the updates it
 * causes to older articles; the rebuild of in-memory state at start; re-enrichment of stored history.
 */
package io.newsflow.enrich.pipeline;
