/** HTTP ingest API: pages and JSON articles in, problem+json for anything that cannot be accepted. */
package io.newsflow.ingest.api;
