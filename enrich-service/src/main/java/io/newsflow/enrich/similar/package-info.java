/**
 * Near-duplicates (转载) and related articles (推荐资讯) from a per-instance in-memory index of recent
 * articles: SimHash bands for copies, an inverted index with capped postings for related articles.
 */
package io.newsflow.enrich.similar;
