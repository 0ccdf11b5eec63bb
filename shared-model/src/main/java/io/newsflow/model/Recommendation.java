package io.newsflow.model;

import java.util.List;

/** A related article (推荐资讯) with the terms that make it related. */
public record Recommendation(String articleId, String title, double score, List<String> reasons) {

    public Recommendation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
