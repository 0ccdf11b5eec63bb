package io.newsflow.enrich.category;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ArticleTopic;
import io.newsflow.model.Category;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An article's topic from the most trusted signal that names one: an operator's correction, a breadcrumb label
 * (deepest first), the source's own channel tag, the portal channel in the URL, and only then the classifier. Labels that name a place
 * (国内新闻 > 上海新闻) name no topic, so such an article falls through to the next signal.
 */
@Component
public class TopicAssigner {

    static final double CHANNEL_CONFIDENCE = 0.95;
    static final double URL_CONFIDENCE = 0.9;

    private final Taxonomy taxonomy;
    private final TopicClassifier classifier;

    public TopicAssigner(Taxonomy taxonomy, TopicClassifier classifier) {
        this.taxonomy = taxonomy;
        this.classifier = classifier;
    }

    public TopicAssignment assign(ArticleIngested article, TopicEvidence evidence) {
        Optional<Taxonomy.Entry> corrected = classifier.correction(article.id());
        if (corrected.isPresent()) {
            return new TopicAssignment(corrected.get().topic(), 1.0, ArticleTopic.AssignedBy.OPERATOR);
        }
        List<String> breadcrumb = article.breadcrumb();
        for (int i = breadcrumb.size() - 1; i >= 0; i--) {
            Optional<Taxonomy.Entry> named = taxonomy.forLabel(breadcrumb.get(i));
            if (named.isPresent()) {
                return new TopicAssignment(named.get().topic(), 1.0, ArticleTopic.AssignedBy.BREADCRUMB);
            }
        }
        Optional<TopicAssignment> channel = article.sourceKeywords().stream().map(taxonomy::forLabel)
                .flatMap(Optional::stream).findFirst()
                .map(e -> new TopicAssignment(e.topic(), CHANNEL_CONFIDENCE, ArticleTopic.AssignedBy.CHANNEL));
        if (channel.isPresent()) {
            return channel.get();
        }
        Optional<Taxonomy.Entry> fromUrl = urlChannel(article.canonicalUrl()).or(() -> urlChannel(article.url()));
        if (fromUrl.isPresent()) {
            return new TopicAssignment(fromUrl.get().topic(), URL_CONFIDENCE, ArticleTopic.AssignedBy.URL);
        }
        TopicClassifier.Scored scored = classifier.classify(evidence);
        return new TopicAssignment(scored.topic().topic(), scored.confidence(), ArticleTopic.AssignedBy.CLASSIFIER);
    }

    /**
     * The channel a portal URL names: the first host label (sports.example.cn) or a path segment (/ent/, /a/auto/)
     * before the article's own name; never the site's own domain name.
     */
    Optional<Taxonomy.Entry> urlChannel(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host != null) {
            String[] labels = host.split("\\.");
            if (labels.length > 2) {
                Optional<Taxonomy.Entry> named = taxonomy.forUrlChannel(labels[0]);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            Optional<Taxonomy.Entry> named = taxonomy.forUrlChannel(segments[i]);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** A topic, how sure, and which signal gave it. */
    public record TopicAssignment(ArticleTopic topic, double confidence, ArticleTopic.AssignedBy assignedBy) {

        /**
         * The topic as the category feeds, filters and subscriptions select by: the taxonomy code and its Chinese
         * label as the path ({@code sport}, [体育]), after the site's own breadcrumb category where there is one.
         */
        public Category category() {
            Category.AssignedBy by = switch (assignedBy) {
                case BREADCRUMB -> Category.AssignedBy.BREADCRUMB;
                case CHANNEL -> Category.AssignedBy.CHANNEL;
                case URL -> Category.AssignedBy.URL;
                case CLASSIFIER -> Category.AssignedBy.CLASSIFIER;
                case OPERATOR -> Category.AssignedBy.MANUAL;
            };
            return new Category(topic.code(), List.of(topic.label()), topic.label(), confidence, by);
        }
    }
}
