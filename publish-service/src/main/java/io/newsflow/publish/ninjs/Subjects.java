package io.newsflow.publish.ninjs;

import io.newsflow.model.Category;
import io.newsflow.model.Keyword;
import io.newsflow.publish.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NINJS subjects of an article. Each category is one subject: its path as the name, its IPTC Media Topic URI when
 * its code is a {@code medtop:} code, else its taxonomy code as the literal, with the confidence (0-100) and the
 * signal that assigned it as the creator. The Media Topic a taxonomy topic belongs to follows as a subject of its
 * own (by URI, once), so a receiver filtering on IPTC codes finds every article. Keywords come last, with
 * {@code rel: "keyword"}.
 */
final class Subjects {

    private Subjects() {
    }

    static List<Map<String, Object>> of(List<Category> categories, List<Keyword> keywords) {
        List<Map<String, Object>> subjects = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        for (Category category : categories) {
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("name", category.path().isEmpty() ? category.label() : String.join(" > ", category.path()));
            boolean iptc = category.code() != null && category.code().startsWith(MediaTopics.PREFIX);
            if (iptc) {
                subject.put("uri", MediaTopics.uri(category.code()));
                topics.add(category.code());
            } else {
                subject.put("literal", category.code());
            }
            subject.put("confidence", (int) Math.max(0, Math.min(100, Math.round(category.confidence() * 100))));
            if (category.assignedBy() != null) {
                subject.put("creator", "newsflow/" + category.assignedBy().name().toLowerCase(Locale.ROOT));
            }
            subjects.add(subject);
        }
        Set<String> broader = new LinkedHashSet<>();
        for (Category category : categories) {
            Optional<String> medtop = MediaTopics.of(category.code());
            medtop.filter(code -> !topics.contains(code)).ifPresent(broader::add);
        }
        for (String medtop : broader) {
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("uri", MediaTopics.uri(medtop));
            subject.put("literal", medtop);
            subjects.add(subject);
        }
        for (Keyword keyword : keywords) {
            subjects.add(JsonObject.of("name", keyword.term(), "rel", "keyword"));
        }
        return subjects;
    }
}
