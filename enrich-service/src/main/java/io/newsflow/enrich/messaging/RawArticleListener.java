package io.newsflow.enrich.messaging;

import io.newsflow.enrich.pipeline.ArticleEnrichment;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.support.metrics.PipelineMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** One consumer group for all enrich instances: each raw event is enriched by exactly one of them. */
@Component
class RawArticleListener {

    private final ArticleEnrichment enrichment;
    private final PipelineMetrics metrics;

    RawArticleListener(ArticleEnrichment enrichment, PipelineMetrics metrics) {
        this.enrichment = enrichment;
        this.metrics = metrics;
    }

    @KafkaListener(id = "enrich-raw", topics = Topics.ARTICLES_RAW, groupId = "${newsflow.enrich.group:enrich-service}")
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        ArticleIngested article = EventCodec.decode(record.value(), ArticleIngested.class);
        boolean enriched = enrichment.process(article).isPresent();
        metrics.count("newsflow.articles.enriched", "result", enriched ? "enriched" : "already-enriched");
        if (enriched) {
            metrics.reached("enriched", article.ingestedAt());
        }
    }
}
