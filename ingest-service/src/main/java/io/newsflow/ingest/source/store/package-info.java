/** MongoDB adapters for source registrations and the entries each source has already seen. */
package io.newsflow.ingest.source.store;
