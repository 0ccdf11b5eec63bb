package io.newsflow.model;

/** A keyword with its weight (higher is more characteristic of the article). */
public record Keyword(String term, double weight) {
}
