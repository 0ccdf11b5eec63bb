/** One poller per source type: reads a feed, sitemap or folder and hands new entries to ingest. */
package io.newsflow.ingest.source.poll;
