package io.newsflow.enrich.similar;

import io.newsflow.model.Recommendation;
import java.util.List;

/** The similarity state of one article: the canonical copy it duplicates, who else carried it, related articles. */
public record Related(String duplicateOf, List<String> alsoReportedBy, List<Recommendation> recommendations) {

    public Related {
        alsoReportedBy = List.copyOf(alsoReportedBy);
        recommendations = List.copyOf(recommendations);
    }

    static Related of(IndexedArticle article) {
        return new Related(article.duplicateOf(), article.alsoReportedBy, article.recommendations());
    }
}
