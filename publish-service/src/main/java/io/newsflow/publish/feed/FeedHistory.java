package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.article.ReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Feed pages older than the in-memory window, from the read model's timeline: the listings after the cursor are
 * narrowed by feed kind without loading an article, the rest are loaded by id in batches and then filtered exactly
 * as in the window. MongoDB commands per page: one for the directory of days, one per read of day buckets (one
 * day, then two, four … as the page goes further back), one per batch of articles (one for a page of an unfiltered
 * feed; {@code FeedHistoryCostIT} counts them). The work of one request
 * is bounded: after {@link #MAX_EXAMINED} listings a page ends, short, with a next link from where it stopped.
 */
@Component
class FeedHistory {

    static final int MAX_EXAMINED = 20_000;
    private static final int MIN_BATCH = 50;

    private final ReadModel readModel;

    FeedHistory(ReadModel readModel) {
        this.readModel = readModel;
    }

    FeedSelection.Page page(FeedRequest request, Predicate<ArticleEnriched> kind, Predicate<ReadModel.Listed> listedKind) {
        Cursor after = request.after();
        Iterator<ReadModel.Listed> listings = readModel.listedAfter(after.time().toEpochMilli(), after.id());
        List<ArticleEnriched> page = new ArrayList<>();
        int examined = 0;
        ReadModel.Listed last = null;
        while (listings.hasNext()) {
            Map<String, ReadModel.Listed> batch = new LinkedHashMap<>();
            int wanted = Math.max(request.limit() + 1 - page.size(), MIN_BATCH);
            while (batch.size() < wanted && examined < MAX_EXAMINED && listings.hasNext()) {
                last = listings.next();
                examined++;
                if (listedKind.test(last)) {
                    batch.put(last.id(), last);
                }
            }
            for (ArticleEnriched article : readModel.findAll(List.copyOf(batch.keySet()))) {
                // a listing the article has moved away from since: it is listed where it now belongs
                boolean current = ArticleTimes.sortTime(article).toEpochMilli() == batch.get(article.id()).sortMillis();
                if (current && kind.test(article) && request.filter().accepts(article)) {
                    if (page.size() == request.limit()) {
                        return new FeedSelection.Page(page, Cursor.of(page.get(page.size() - 1)));
                    }
                    page.add(article);
                }
            }
            if (examined >= MAX_EXAMINED && listings.hasNext()) {
                return new FeedSelection.Page(page, new Cursor(Instant.ofEpochMilli(last.sortMillis()), last.id()));
            }
        }
        return new FeedSelection.Page(page, null);
    }
}
