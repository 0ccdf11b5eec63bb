/** Feeds for partner sites, rendered once per change from an in-memory window of the newest articles. */
package io.newsflow.publish.feed;
