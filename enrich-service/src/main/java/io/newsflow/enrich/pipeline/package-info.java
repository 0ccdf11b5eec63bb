/** The enrichment step: from ArticleIngested to ArticleEnriched, idempotent by id and version. */
package io.newsflow.enrich.pipeline;
