package io.newsflow.enrich.category;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the characters of the listed words say about a topic, for the text no listed word covers: 舰 is mostly in
 * military words, 楼 in real-estate ones, 的 in none. A headline that names a thing the lists lack (a new car model,
 * a warship's name) still leans to the right topic, weakly, instead of falling to the fallback topic.
 */
final class ListedCharacters {

    /**
     * Listed-word weight every character is assumed to have spread evenly over all topics: a character in only one
     * or two listed words says little, one in twenty words of the same topic says much.
     */
    private static final double EVEN_PRIOR = 2;

    /** character -> topic -> how much more of the character's listed weight is the topic's than an even share */
    private final Map<Integer, Map<String, Double>> lift;

    private ListedCharacters(Map<Integer, Map<String, Double>> lift) {
        this.lift = lift;
    }

    /** @param listed term -> topic -> weight, as listed */
    static ListedCharacters of(Map<String, Map<String, Double>> listed) {
        Map<Integer, Map<String, Double>> mass = new HashMap<>();
        Set<String> topics = new HashSet<>();
        listed.forEach((term, byTopic) -> term.codePoints().filter(Character::isIdeographic).distinct()
                .forEach(c -> byTopic.forEach((topic, weight) -> {
                    topics.add(topic);
                    mass.computeIfAbsent(c, k -> new HashMap<>()).merge(topic, weight / term.length(), Double::sum);
                })));
        double even = 1.0 / topics.size();
        Map<Integer, Map<String, Double>> lift = new HashMap<>();
        mass.forEach((c, byTopic) -> {
            double total = byTopic.values().stream().mapToDouble(Double::doubleValue).sum() + EVEN_PRIOR;
            Map<String, Double> above = new HashMap<>();
            byTopic.forEach((topic, m) -> {
                double share = (m + EVEN_PRIOR * even) / total - even;
                if (share > 0) {
                    above.put(topic, share);
                }
            });
            lift.put(c, Map.copyOf(above));
        });
        return new ListedCharacters(Map.copyOf(lift));
    }

    /** Adds {@code weight} times each topic's lift of every character (with how often it occurs) to the scores. */
    void score(Map<Integer, Double> characters, double weight, Map<String, Double> scores) {
        characters.forEach((c, count) -> {
            double tf = 1 + Math.log(count);
            lift.getOrDefault(c, Map.of()).forEach((topic, l) -> scores.merge(topic, weight * l * tf, Double::sum));
        });
    }
}
