package io.newsflow.model;

/**
 * What an article is about, from one fixed taxonomy (IPTC Media Topics top level with Chinese labels, and the
 * channels Chinese portals use mapped onto it). Where an article happens is a place, never a topic.
 *
 * @param code taxonomy code, e.g. {@code sport}, {@code real-estate}
 * @param label Chinese label, e.g. 体育, 房产
 */
public record ArticleTopic(String code, String label) {

    /** How an article's topic was assigned, from the most to the least trusted signal. */
    public enum AssignedBy {
        /** a label of the page's breadcrumb names the topic */
        BREADCRUMB,
        /** the source's own channel label (its tags) names the topic */
        CHANNEL,
        /** the portal channel in the URL (sports.example.cn, /ent/) names the topic */
        URL,
        /** the classifier chose it from the words of the article */
        CLASSIFIER,
        /** an operator corrected the article's topic */
        OPERATOR
    }
}
