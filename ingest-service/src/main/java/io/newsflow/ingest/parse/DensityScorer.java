package io.newsflow.ingest.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Fallback for arbitrary HTML: every prose block credits its container (and half to the container's
 * parent) with its text minus link text, so the container of the most running text wins.
 */
final class DensityScorer {

    private static final Set<String> PROSE = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "li", "td", "div", "section");
    private static final int MIN_OWN_LETTERS = 10;

    Element densest(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element el : body.getAllElements()) {
            if (!PROSE.contains(el.normalName()) || el.parent() == null) {
                continue;
            }
            int own = ownLetters(el);
            if (own < MIN_OWN_LETTERS) {
                continue;
            }
            double links = el.select("a").stream().mapToInt(a -> Text.letters(a.text())).sum();
            double total = Math.max(1, Text.letters(el.text()));
            double contribution = own * (1 - Math.min(1, links / total));
            scores.merge(el.parent(), contribution, Double::sum);
            if (el.parent().parent() != null) {
                scores.merge(el.parent().parent(), contribution / 2, Double::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** Letters in the element's own text nodes, so nested wrappers are not counted twice. */
    private static int ownLetters(Element el) {
        int letters = 0;
        for (TextNode text : el.textNodes()) {
            letters += Text.letters(text.text());
        }
        for (Element child : el.children()) {
            if (!PROSE.contains(child.normalName()) && !"a".equals(child.normalName())) {
                letters += Text.letters(child.text());
            }
        }
        return letters;
    }
}
