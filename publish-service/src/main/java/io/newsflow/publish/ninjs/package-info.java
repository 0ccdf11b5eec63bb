/**
 * IPTC NINJS 3.1 (News in JSON): one article as a NINJS news item, shared by the NINJS feed and the NINJS webhook
 * payload so that both say the same thing about an article.
 */
package io.newsflow.publish.ninjs;
