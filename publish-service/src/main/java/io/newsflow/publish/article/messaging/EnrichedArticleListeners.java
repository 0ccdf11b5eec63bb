package io.newsflow.publish.article.messaging;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.article.ArticleHandlers;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.feed.FeedCache;
import io.newsflow.support.metrics.PipelineMetrics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Two consumers of the enriched topic. The read-model writer runs in the shared group, so each article is
 * stored (and its per-article side effects run) once per deployment. The broadcast reader runs in a group of its
 * own per instance from the beginning of the topic, so every instance's feed cache and streams see every article
 * (the GlobalKTable pattern).
 */
@Component
class EnrichedArticleListeners {

    private final ReadModel readModel;
    private final FeedCache cache;
    private final List<ArticleHandlers.OncePerGroup> oncePerGroup;
    private final List<ArticleHandlers.OnEveryInstance> onEveryInstance;
    private final PipelineMetrics metrics;

    EnrichedArticleListeners(ReadModel readModel, FeedCache cache, List<ArticleHandlers.OncePerGroup> oncePerGroup,
            List<ArticleHandlers.OnEveryInstance> onEveryInstance, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.readModel = readModel;
        this.cache = cache;
        this.oncePerGroup = oncePerGroup;
        this.onEveryInstance = onEveryInstance;
    }

    @KafkaListener(id = "publish-read-model", topics = Topics.ARTICLES_ENRICHED,
            groupId = "${newsflow.publish.group:publish-service}")
    void storeInReadModel(ConsumerRecord<String, byte[]> record) {
        ArticleEnriched article = EventCodec.decode(record.value(), ArticleEnriched.class);
        readModel.upsert(article);
        oncePerGroup.forEach(handler -> handler.onEnriched(article));
        metrics.count("newsflow.articles.published");
        metrics.reached("published", article.article().ingestedAt());
    }

    @KafkaListener(id = "publish-broadcast", topics = Topics.ARTICLES_ENRICHED,
            groupId = "publish-broadcast-${random.uuid}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    void updateInstanceState(ConsumerRecord<String, byte[]> record) {
        ArticleEnriched article = EventCodec.decode(record.value(), ArticleEnriched.class);
        cache.apply(article);
        onEveryInstance.forEach(handler -> handler.onEnriched(article));
    }
}
