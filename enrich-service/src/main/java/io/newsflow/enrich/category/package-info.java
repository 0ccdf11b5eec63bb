/**
 * Subject categories and topics. Categories: the page's breadcrumb through a table to one taxonomy (IPTC Media
 * Topics where they map), and, for articles without a breadcrumb, a naive Bayes classifier trained on those with
 * one. Topics: every article gets one from the fixed taxonomy of {@code nlp/topics.tsv}, from its breadcrumb, its
 * source's channel tag, the portal channel in its URL or, failing those, the classifier (the team's word lists,
 * sharpened by what the labelled articles teach); {@code TopicBenchmark} measures it on the development sets.
 */
package io.newsflow.enrich.category;
