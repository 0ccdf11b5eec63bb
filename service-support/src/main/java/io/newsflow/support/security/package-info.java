/** The bearer tokens that guard admin and ingest endpoints, checked the same way in every service. */
package io.newsflow.support.security;
