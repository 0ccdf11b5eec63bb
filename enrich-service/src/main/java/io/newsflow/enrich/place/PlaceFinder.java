package io.newsflow.enrich.place;

import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Places from the breadcrumb (上海新闻 → 上海) first, then the places the text is mostly about: the most
 * mentioned place entity and those mentioned at least a third as often, or place entities among the keywords.
 * 长宁区 and 长宁 are one place. A country mentioned in passing (中国) does not make the article about it.
 */
@Component
public class PlaceFinder {

    private static final int MAX = 4;
    private static final Pattern ADMIN_SUFFIX = Pattern.compile("^(\\p{IsHan}{2,})(区|县|市|省)$");
    private static final Set<String> TOO_BROAD = Set.of("中国", "全国", "国内", "海外", "街道", "社区");

    public List<String> places(List<String> breadcrumbPlaces, List<Entity> entities, List<Keyword> keywords) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Entity entity : entities) {
            String place = normalize(entity.text());
            if (entity.type() == Entity.Type.PLACE && !TOO_BROAD.contains(place)) {
                mentions.merge(place, entity.count(), Integer::sum);
            }
        }
        int top = mentions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> keywordTerms = new LinkedHashSet<>();
        keywords.forEach(k -> keywordTerms.add(normalize(k.term())));
        Set<String> places = new LinkedHashSet<>(breadcrumbPlaces);
        mentions.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && (e.getValue() * 3 >= top || keywordTerms.contains(e.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> places.add(e.getKey()));
        return places.stream().limit(MAX).toList();
    }

    static String normalize(String place) {
        Matcher matcher = ADMIN_SUFFIX.matcher(place);
        return matcher.matches() ? matcher.group(1) : place;
    }
}
