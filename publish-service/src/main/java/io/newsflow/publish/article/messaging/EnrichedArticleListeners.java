package io.newsflow.publish.article.messaging;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.article.ReadModel;
import io.newsflow.publish.feed.FeedCache;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Two consumers of the enriched topic. The read-model writer runs in the shared group, so each article is
 * stored once per deployment. The feed cache reader runs in a group of its own per instance and starts from the
 * beginning of the topic, so every instance's cache sees every article (the GlobalKTable pattern).
 */
@Component
class EnrichedArticleListeners {

    private final ReadModel readModel;
    private final FeedCache cache;

    EnrichedArticleListeners(ReadModel readModel, FeedCache cache) {
        this.readModel = readModel;
        this.cache = cache;
    }

    @KafkaListener(id = "publish-read-model", topics = Topics.ARTICLES_ENRICHED,
            groupId = "${newsflow.publish.group:publish-service}")
    void storeInReadModel(ConsumerRecord<String, byte[]> record) {
        readModel.upsert(EventCodec.decode(record.value(), ArticleEnriched.class));
    }

    @KafkaListener(id = "publish-feed-cache", topics = Topics.ARTICLES_ENRICHED,
            groupId = "publish-feed-cache-${random.uuid}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    void updateFeedCache(ConsumerRecord<String, byte[]> record) {
        cache.apply(EventCodec.decode(record.value(), ArticleEnriched.class));
    }
}
