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

/**
 * Picks a feed's articles by kind, filters and cursor, up to the limit: from the in-memory window, and from the
 * read model's history ({@link FeedHistory}) for a cursor at or past the window's oldest article. A page of the
 * window never reads MongoDB: when the window is full and the page ends short, its next link points at the window's
 * oldest article, and the history goes on from there.
 */
@Component
class FeedSelection {

    private final FeedCache cache;
    private final ReadModel readModel;
    private final FeedHistory history;

    FeedSelection(FeedCache cache, ReadModel readModel, FeedHistory history) {
        this.cache = cache;
        this.readModel = readModel;
        this.history = history;
    }

    /** The page of articles, and where the next one starts (null on the last page). */
    record Page(List<ArticleEnriched> items, Cursor next) {

        boolean more() {
            return next != null;
        }
    }

    Page select(FeedRequest request, List<ArticleEnriched> newestFirst) {
        if (request.kind() == FeedKind.RECOMMENDED) {
            return fromList(request, recommended(request.value()));
        }
        ArticleEnriched oldest = newestFirst.size() >= cache.capacity() ? newestFirst.get(newestFirst.size() - 1) : null;
        if (oldest != null && request.after() != null && !request.after().isBefore(oldest)) {
            return history.page(request, kind(request), listedKind(request));
        }
        Page page = fromList(request, newestFirst);
        return page.more() || oldest == null ? page : new Page(page.items(), Cursor.of(oldest));
    }

    private static Page fromList(FeedRequest request, List<ArticleEnriched> candidates) {
        Predicate<ArticleEnriched> matches = kind(request);
        List<ArticleEnriched> page = new ArrayList<>();
        for (ArticleEnriched article : candidates) {
            if ((request.after() == null || request.after().isBefore(article)) && matches.test(article)
                    && request.filter().accepts(article)) {
                if (page.size() == request.limit()) {
                    return new Page(page, Cursor.of(page.get(page.size() - 1)));
                }
                page.add(article);
            }
        }
        return new Page(page, null);
    }

    /** {@link #kind} on what the history lists of an article, so history pages load only the articles of the feed. */
    private static Predicate<ReadModel.Listed> listedKind(FeedRequest request) {
        String value = request.value();
        return switch (request.kind()) {
            case LATEST, RECOMMENDED -> listed -> true;
            case CATEGORY -> listed -> listed.categories().stream()
                    .anyMatch(c -> c.equals(value) || c.startsWith(value + "/"));
            case KEYWORD -> listed -> listed.keywords().stream().anyMatch(value::equalsIgnoreCase);
            case SOURCE -> listed -> value.equals(listed.source());
        };
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
