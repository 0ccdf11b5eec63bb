package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleEnriched;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Replays the stored history through the current model, e.g. after a dictionary or table change: every
 * article ingested since a point in time is enriched again, and only those whose keywords, categories or
 * recommendations changed are stored and published again.
 */
@Service
public class Reenrichment {

    private static final Logger log = LoggerFactory.getLogger(Reenrichment.class);

    private final EnrichedArticleStore store;
    private final ArticleEnrichment enrichment;

    Reenrichment(EnrichedArticleStore store, ArticleEnrichment enrichment) {
        this.store = store;
        this.enrichment = enrichment;
    }

    public Result reenrich(Instant since) {
        List<ArticleEnriched> selected = new ArrayList<>();
        store.forEach(article -> {
            Instant ingested = article.article().ingestedAt();
            if (ingested == null || !ingested.isBefore(since)) {
                selected.add(article);
            }
        });
        int changed = 0;
        for (ArticleEnriched article : selected) {
            if (enrichment.refresh(article)) {
                changed++;
            }
        }
        log.info("re-enriched {} articles ingested since {}: {} changed", selected.size(), since, changed);
        return new Result(selected.size(), changed);
    }

    /** How many articles were enriched again and how many of them changed (and were published again). */
    public record Result(int scanned, int changed) {
    }
}
