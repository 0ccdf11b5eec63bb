/** enrich-service: Chinese NLP enrichment between the raw and the enriched topic. */
package io.newsflow.enrich;
