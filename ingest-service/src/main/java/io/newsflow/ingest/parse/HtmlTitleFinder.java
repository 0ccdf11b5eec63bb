package io.newsflow.ingest.parse;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Picks the headline: a visible heading confirmed by og:title/&lt;title&gt;, else the cleaned document title. */
final class HtmlTitleFinder {

    private static final Pattern TITLE_HINT = Pattern.compile("title|headline|biaoti", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_HEADINGS = Set.of("a", "body", "html", "title", "meta", "ul", "ol", "li", "img");
    private static final double MIN_SHARE_OF_REFERENCE = 0.6;

    private HtmlTitleFinder() {
    }

    static String find(Document doc) {
        String ogTitle = doc.select("meta[property=og:title]").attr("content");
        String docTitle = documentTitle(doc);
        String reference = TitleCleaner.clean(ogTitle.isBlank() ? docTitle : ogTitle);
        String rawReference = Text.compact(ogTitle.isBlank() ? docTitle : ogTitle);
        Optional<String> confirmed = doc.body().getAllElements().stream()
                .filter(HtmlTitleFinder::isHeadingCandidate)
                .map(el -> Text.clean(el.text()))
                .filter(text -> Text.letters(text) >= 2 && text.length() <= 120)
                .filter(text -> matches(text, reference, rawReference))
                .max(Comparator.comparingInt(String::length));
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        if (!reference.isEmpty()) {
            return reference;
        }
        return Text.clean(doc.select("h1").text());
    }

    /** The first &lt;title&gt; wherever it is: pages saved with a wrapper line before &lt;html&gt; have it in the body. */
    static String documentTitle(Document doc) {
        Element title = doc.selectFirst("title");
        return title == null ? "" : Text.clean(title.text());
    }

    private static boolean isHeadingCandidate(Element el) {
        if (NOT_HEADINGS.contains(el.normalName())) {
            return false;
        }
        return "h1".equals(el.normalName()) || "h2".equals(el.normalName())
                || TITLE_HINT.matcher(el.className() + " " + el.id()).find();
    }

    /** A heading matches when it is (nearly) the whole cleaned title, not merely the site name inside it. */
    private static boolean matches(String heading, String reference, String rawReference) {
        String h = Text.compact(heading);
        String r = Text.compact(reference);
        if (h.isEmpty() || r.isEmpty()) {
            return false;
        }
        if (h.equals(r) || h.contains(r)) {
            return true;
        }
        return rawReference.contains(h) && h.length() >= r.length() * MIN_SHARE_OF_REFERENCE;
    }
}
