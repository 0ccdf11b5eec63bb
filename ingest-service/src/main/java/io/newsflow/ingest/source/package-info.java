/** Sources an operator registers (RSS/Atom feeds, sitemaps, watched folders) and their polling into ingest. */
package io.newsflow.ingest.source;
