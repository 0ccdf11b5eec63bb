package io.newsflow.ingest.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article text: a portal's content/article/zoom container when there is
 * one, otherwise the densest block of prose (see {@link DensityScorer}).
 */
final class ContentLocator {

    private static final Pattern CONTENT_HINT = Pattern.compile("content|article|text|zoom|detail|正文", Pattern.CASE_INSENSITIVE);
    // Containers that match the hint but hold lists of other articles or reader comments.
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "related|recommend|comment|list|footer|sidebar|nav|share|rank|menu|title",
            Pattern.CASE_INSENSITIVE);
    private static final double DESCEND_SHARE = 0.6;

    private final DensityScorer density;

    ContentLocator(DensityScorer density) {
        this.density = density;
    }

    Element locate(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element el : doc.body().getAllElements()) {
            if (!isHinted(el)) {
                continue;
            }
            int score = proseLetters(el);
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        if (best == null || bestScore < ArticleAssembler.MIN_BODY_LETTERS) {
            return density.densest(doc.body());
        }
        return narrow(best, bestScore);
    }

    /** Prefers a hinted descendant holding most of the prose, so wrappers do not drag in side blocks. */
    private Element narrow(Element element, int score) {
        for (Element child : element.getAllElements()) {
            if (child != element && isHinted(child)) {
                int childScore = proseLetters(child);
                if (childScore >= score * DESCEND_SHARE) {
                    return narrow(child, childScore);
                }
            }
        }
        return element;
    }

    private static boolean isHinted(Element el) {
        String names = el.className() + " " + el.id();
        return ("article".equals(el.normalName()) || CONTENT_HINT.matcher(names).find())
                && !NOT_CONTENT.matcher(names).find();
    }

    static int proseLetters(Element el) {
        int all = Text.letters(el.text());
        int links = el.select("a").stream().mapToInt(a -> Text.letters(a.text())).sum();
        return Math.max(0, all - links);
    }
}
