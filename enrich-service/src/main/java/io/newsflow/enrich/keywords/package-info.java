/** Keywords per language and the live corpus's document frequencies that weigh them. */
package io.newsflow.enrich.keywords;
