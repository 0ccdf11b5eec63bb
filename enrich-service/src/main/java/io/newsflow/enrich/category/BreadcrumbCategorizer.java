package io.newsflow.enrich.category;

import io.newsflow.model.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Maps a site's breadcrumb labels to internal taxonomy codes ({@code nlp/categories.tsv}: label, code). The
 * category path keeps the site's labels; the code is the deepest mapped label's, or a code derived from the
 * labels when the table does not know them.
 */
@Component
public class BreadcrumbCategorizer {

    private final Map<String, String> codes;

    public BreadcrumbCategorizer() {
        this.codes = load();
    }

    public List<Category> categorize(List<String> breadcrumb) {
        if (breadcrumb.isEmpty()) {
            return List.of();
        }
        String code = null;
        for (String label : breadcrumb) {
            code = codes.getOrDefault(label, code == null ? "site:" + label : code + "/" + label);
        }
        return List.of(new Category(code, breadcrumb, breadcrumb.get(breadcrumb.size() - 1), 1.0,
                Category.AssignedBy.BREADCRUMB));
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = BreadcrumbCategorizer.class.getResourceAsStream("/nlp/categories.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(cols -> cols.length >= 2)
                    .forEach(cols -> table.put(cols[0].strip(), cols[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
