package io.newsflow.publish.subscription;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import java.util.List;
import java.util.Locale;

/**
 * Which articles a subscriber wants. Each non-empty list must match (AND between lists, OR within one): a
 * category path such as {@code 国内新闻/上海新闻} matches that path and everything below it, keywords match
 * case-insensitively, sources exactly, and the language by its primary tag ({@code zh} matches {@code zh-Hans}).
 */
public record SubscriptionFilter(List<String> categories, List<String> keywords, List<String> sources,
        String language) {

    public static final SubscriptionFilter ALL = new SubscriptionFilter(null, null, null, null);

    public SubscriptionFilter {
        categories = clean(categories).stream().map(c -> c.replaceAll("^/+|/+$", "")).toList();
        keywords = clean(keywords);
        sources = clean(sources);
        language = language == null || language.isBlank() ? null : language.strip();
    }

    public boolean matches(ArticleEnriched article) {
        return (categories.isEmpty() || article.categories().stream().anyMatch(this::inCategories))
                && (keywords.isEmpty() || article.keywords().stream().map(Keyword::term)
                        .anyMatch(term -> keywords.stream().anyMatch(term::equalsIgnoreCase)))
                && (sources.isEmpty() || sources.contains(article.article().source()))
                && (language == null || languageMatches(article.article().language()));
    }

    private boolean inCategories(Category category) {
        String path = String.join("/", category.path());
        return categories.stream().anyMatch(wanted -> path.equals(wanted) || path.startsWith(wanted + "/")
                || category.code().equals(wanted) || category.code().startsWith(wanted + "/"));
    }

    private boolean languageMatches(String articleLanguage) {
        if (articleLanguage == null) {
            return false;
        }
        String have = articleLanguage.toLowerCase(Locale.ROOT);
        String want = language.toLowerCase(Locale.ROOT);
        return have.equals(want) || have.startsWith(want + "-");
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }
}
