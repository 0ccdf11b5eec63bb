/** Operator endpoints behind a bearer admin token: re-enrichment of stored history. */
package io.newsflow.enrich.admin;
