package io.newsflow.model;

/** Title and summary in another script, e.g. traditional characters for Taiwan and Hong Kong partners. */
public record Localized(String title, String summary) {
}
