/** The places an article is about, kept apart from its subject categories. */
package io.newsflow.enrich.place;
