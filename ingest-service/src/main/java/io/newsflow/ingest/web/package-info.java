/** The servlet container's side of the API: errors it answers before any controller runs. */
package io.newsflow.ingest.web;
