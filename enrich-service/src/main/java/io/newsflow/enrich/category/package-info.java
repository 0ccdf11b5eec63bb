/**
 * Subject categories: from the page's breadcrumb through a table to one taxonomy (IPTC Media Topics where they
 * map), and, for articles without a breadcrumb, from a naive Bayes classifier trained on those with one.
 */
package io.newsflow.enrich.category;
