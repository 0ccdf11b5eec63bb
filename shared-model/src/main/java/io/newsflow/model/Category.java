package io.newsflow.model;

import java.util.List;

/**
 * A category assigned to an article.
 *
 * @param code internal taxonomy code (an IPTC Media Topic code where one maps)
 * @param path labels from the root, e.g. [国内新闻, 上海新闻]
 * @param confidence 0..1
 * @param assignedBy how the category was found
 */
public record Category(String code, List<String> path, String label, double confidence, AssignedBy assignedBy) {

    public Category {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** How a category was assigned. */
    public enum AssignedBy {
        BREADCRUMB, CLASSIFIER, MANUAL,
        /** the source's own channel label named the topic */
        CHANNEL,
        /** the portal channel in the URL named the topic */
        URL
    }
}
