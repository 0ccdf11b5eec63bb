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
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Maps a site's breadcrumb labels to taxonomy codes ({@code nlp/categories.tsv}: label, internal code, IPTC
 * Media Topic code, place). The category path keeps the site's labels; the code is the IPTC code of the deepest
 * mapped label where one maps, else its internal code, or a code derived from the labels the table does not
 * know. Labels that name a place give the article's places, which stay out of the subject.
 */
@Component
public class BreadcrumbCategorizer {

    private final Map<String, Row> rows;

    public BreadcrumbCategorizer() {
        this.rows = load();
    }

    public List<Category> categorize(List<String> breadcrumb) {
        if (breadcrumb.isEmpty()) {
            return List.of();
        }
        String code = null;
        String iptc = null;
        for (String label : breadcrumb) {
            Row row = rows.get(label);
            if (row == null) {
                code = code == null ? "site:" + label : code + "/" + label;
                iptc = null;
            } else {
                code = row.code();
                iptc = row.iptc();
            }
        }
        return List.of(new Category(iptc == null ? code : iptc, breadcrumb, breadcrumb.get(breadcrumb.size() - 1),
                1.0, Category.AssignedBy.BREADCRUMB));
    }

    /** Places named by breadcrumb labels (上海新闻 → 上海), in breadcrumb order. */
    public List<String> places(List<String> breadcrumb) {
        return breadcrumb.stream().map(rows::get).filter(Objects::nonNull).map(Row::place).filter(Objects::nonNull)
                .distinct().toList();
    }

    private static Map<String, Row> load() {
        Map<String, Row> table = new HashMap<>();
        try (InputStream in = BreadcrumbCategorizer.class.getResourceAsStream("/nlp/categories.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(cols -> cols.length >= 2)
                    .forEach(cols -> table.put(cols[0].strip(),
                            new Row(cols[1].strip(), column(cols, 2), column(cols, 3))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    private static String column(String[] cols, int index) {
        return cols.length > index && !cols[index].isBlank() && !cols[index].strip().equals("-")
                ? cols[index].strip() : null;
    }

    private record Row(String code, String iptc, String place) {
    }
}
