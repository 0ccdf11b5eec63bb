package io.newsflow.enrich.messaging;

import io.newsflow.enrich.pipeline.ArticleEnrichment;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** One consumer group for all enrich instances: each raw event is enriched by exactly one of them. */
@Component
class RawArticleListener {

    private final ArticleEnrichment enrichment;

    RawArticleListener(ArticleEnrichment enrichment) {
        this.enrichment = enrichment;
    }

    @KafkaListener(id = "enrich-raw", topics = Topics.ARTICLES_RAW, groupId = "${newsflow.enrich.group:enrich-service}")
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        enrichment.process(EventCodec.decode(record.value(), ArticleIngested.class));
    }
}
