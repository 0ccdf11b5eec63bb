package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.model.Recommendation;
import io.newsflow.publish.article.ReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Picks a feed's articles from the in-memory window: by kind, filters and cursor, up to the limit. */
@Component
class FeedSelection {

    private final FeedCache cache;
    private final ReadModel readModel;

    FeedSelection(FeedCache cache, ReadModel readModel) {
        this.cache = cache;
        this.readModel = readModel;
    }

    /** The page of articles, and whether more follow it. */
    record Page(List<ArticleEnriched> items, boolean more) {
    }

    Page select(FeedRequest request, List<ArticleEnriched> newestFirst) {
        List<ArticleEnriched> candidates = request.kind() == FeedKind.RECOMMENDED
                ? recommended(request.value()) : newestFirst;
        Predicate<ArticleEnriched> matches = kind(request);
        List<ArticleEnriched> page = new ArrayList<>();
        for (ArticleEnriched article : candidates) {
            if ((request.after() == null || request.after().isBefore(article)) && matches.test(article)
                    && request.filter().accepts(article)) {
                if (page.size() == request.limit()) {
                    return new Page(page, true);
                }
                page.add(article);
            }
        }
        return new Page(page, false);
    }

    private static Predicate<ArticleEnriched> kind(FeedRequest request) {
        String value = request.value();
        return switch (request.kind()) {
            case LATEST, RECOMMENDED -> article -> true;
            case CATEGORY -> article -> article.categories().stream().anyMatch(c -> inCategory(c, value));
            case KEYWORD -> article -> article.keywords().stream().map(Keyword::term).anyMatch(value::equalsIgnoreCase);
            case SOURCE -> article -> article.article().source().equals(value);
        };
    }

    /** {@code 国内新闻/上海新闻} matches that path and below it; so does the internal code, e.g. {@code domestic}. */
    private static boolean inCategory(Category category, String value) {
        String path = String.join("/", category.path());
        return path.equals(value) || path.startsWith(value + "/")
                || category.code().equals(value) || category.code().startsWith(value + "/");
    }

    private List<ArticleEnriched> recommended(String articleId) {
        ArticleEnriched article = lookup(articleId)
                .orElseThrow(() -> new UnknownArticleException("No article with id " + articleId + "."));
        List<ArticleEnriched> related = new ArrayList<>();
        for (Recommendation recommendation : article.recommendations()) {
            lookup(recommendation.articleId()).ifPresent(related::add);
        }
        return related;
    }

    private Optional<ArticleEnriched> lookup(String id) {
        Optional<ArticleEnriched> cached = cache.find(id);
        return cached.isPresent() ? cached : readModel.find(id);
    }
}
