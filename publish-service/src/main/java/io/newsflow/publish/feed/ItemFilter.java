package io.newsflow.publish.feed;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * RSSHub-style {@code filter} / {@code filterout} parameters, on all fields or on one ({@code filter_title},
 * {@code filter_summary}, {@code filter_category}, {@code filter_keyword}). Expressions run on RE2, which matches
 * in linear time: no input can make a pattern backtrack catastrophically.
 */
final class ItemFilter {

    static final int MAX_PATTERN_LENGTH = 200;
    private static final Map<String, Function<ArticleEnriched, List<String>>> FIELDS = fields();

    private final List<Rule> rules;

    private ItemFilter(List<Rule> rules) {
        this.rules = rules;
    }

    static ItemFilter from(Map<String, String> parameters) {
        List<Rule> rules = new ArrayList<>();
        parameters.forEach((name, value) -> {
            boolean include = name.startsWith("filter_") || name.equals("filter");
            boolean exclude = name.startsWith("filterout_") || name.equals("filterout");
            if (!include && !exclude) {
                return;
            }
            String field = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "all";
            if (!field.equals("all") && !FIELDS.containsKey(field)) {
                throw new BadFeedRequestException("Unknown filter field '" + field
                        + "': use title, summary, category or keyword.");
            }
            rules.add(new Rule(field, compile(name, value), include));
        });
        return new ItemFilter(List.copyOf(rules));
    }

    String canonical() {
        return rules.toString();
    }

    boolean accepts(ArticleEnriched article) {
        for (Rule rule : rules) {
            if (rule.matches(article) != rule.include()) {
                return false;
            }
        }
        return true;
    }

    private static Pattern compile(String name, String expression) {
        if (expression.length() > MAX_PATTERN_LENGTH) {
            throw new BadFeedRequestException("'" + name + "' is longer than " + MAX_PATTERN_LENGTH + " characters.");
        }
        try {
            return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new BadFeedRequestException("'" + name + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    private static Map<String, Function<ArticleEnriched, List<String>>> fields() {
        Map<String, Function<ArticleEnriched, List<String>>> fields = new LinkedHashMap<>();
        fields.put("title", a -> List.of(a.article().title()));
        fields.put("summary", a -> List.of(a.summary()));
        fields.put("category", a -> a.categories().stream().map(Category::path).map(p -> String.join(" > ", p)).toList());
        fields.put("keyword", a -> a.keywords().stream().map(Keyword::term).toList());
        return Map.copyOf(fields);
    }

    private record Rule(String field, Pattern pattern, boolean include) {

        boolean matches(ArticleEnriched article) {
            List<String> values = field.equals("all")
                    ? FIELDS.values().stream().flatMap(f -> f.apply(article).stream()).toList()
                    : FIELDS.get(field).apply(article);
            return values.stream().anyMatch(value -> pattern.matcher(value).find());
        }

        @Override
        public String toString() {
            return (include ? "+" : "-") + field + ":" + pattern.pattern();
        }
    }
}
