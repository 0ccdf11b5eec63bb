/** Bearer-token protection of the ingest and admin endpoints. */
package io.newsflow.ingest.security;
