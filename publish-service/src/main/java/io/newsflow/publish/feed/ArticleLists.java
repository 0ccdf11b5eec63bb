package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The lists behind widgets and article pages (最近更新, 推荐资讯), chosen exactly as the feeds choose them, and the
 * simplified → traditional conversion they share.
 */
@Component
public class ArticleLists {

    private final FeedCache cache;
    private final FeedSelection selection;
    private final Traditional traditional;

    ArticleLists(FeedCache cache, FeedSelection selection, Traditional traditional) {
        this.cache = cache;
        this.selection = selection;
        this.traditional = traditional;
    }

    /**
     * @param category a category path such as {@code 国内新闻/上海新闻}, or null for all
     * @throws IllegalArgumentException when a parameter is not acceptable (the message says why)
     */
    public List<ArticleEnriched> latest(int count, String category) {
        String path = category == null || category.isBlank() ? "latest" : "categories/" + category;
        return select(path, count);
    }

    /** Empty when the article is unknown. */
    public Optional<List<ArticleEnriched>> recommended(String articleId, int count) {
        try {
            return Optional.of(select("recommended/" + articleId, count));
        } catch (UnknownArticleException e) {
            return Optional.empty();
        }
    }

    public String traditional(String text) {
        return traditional.convert(text);
    }

    private List<ArticleEnriched> select(String path, int count) {
        Map<String, String> query = new HashMap<>();
        query.put("limit", Integer.toString(count));
        try {
            FeedRequest request = FeedRequest.parse(path, query, count);
            return selection.select(request, cache.snapshot().items()).items();
        } catch (BadFeedRequestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
