package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Gathers what an HTML page says its headline is outside the visible lines, for {@link HeadlinePicker}. */
final class HtmlTitleFinder {

    private static final int MIN_SHOWN_LETTERS = 8;

    private HtmlTitleFinder() {
    }

    static HeadlinePicker.Clues clues(Document doc, StructuredMeta structured, List<String> crumbs) {
        String docTitle = documentTitle(doc);
        String ogTitle = Text.clean(doc.select("meta[property=og:title], meta[name=og:title]").attr("content"));
        Set<String> siteNames = new HashSet<>();
        for (String name : List.of(structured.siteName(),
                doc.select("meta[property=og:site_name], meta[name=og:site_name], meta[name=application-name]").attr("content"))) {
            if (!Text.compact(name).isEmpty()) {
                siteNames.add(Text.compact(name));
            }
        }
        Set<String> suffixNames = new HashSet<>(siteNames);
        String laterPart = visibleLaterPart(doc, docTitle);
        String titleReference;
        if (laterPart.isEmpty()) {
            suffixNames.addAll(TitleCleaner.suffixes(docTitle));
            titleReference = TitleCleaner.clean(docTitle, siteNames);
        } else {
            // "站名--标题": the site put its name first, and the page shows the part after it as its headline.
            TitleCleaner.parts(docTitle).stream().map(Text::compact).filter(p -> !p.equals(Text.compact(laterPart)))
                    .forEach(suffixNames::add);
            titleReference = laterPart;
        }
        List<String> references = new ArrayList<>();
        for (String candidate : List.of(structured.headline(), TitleCleaner.clean(ogTitle, siteNames), titleReference)) {
            if (Text.letters(candidate) >= 2 && !references.contains(candidate)) {
                references.add(candidate);
            }
        }
        String lastCrumb = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
        return new HeadlinePicker.Clues(references, Text.compact(docTitle), suffixNames, lastCrumb);
    }

    /**
     * A part of the document title after the first that the page shows as a line of its own, when the first part
     * is not shown so: then the first part names the site, not the article.
     */
    private static String visibleLaterPart(Document doc, String docTitle) {
        List<String> parts = TitleCleaner.parts(docTitle);
        if (parts.size() < 2) {
            return "";
        }
        Set<String> shown = new HashSet<>();
        for (Element el : doc.body().getAllElements()) {
            String text = Text.compact(el.ownText());
            if (text.length() >= MIN_SHOWN_LETTERS) {
                shown.add(text);
            }
        }
        if (shown.contains(Text.compact(parts.get(0)))) {
            return "";
        }
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (Text.letters(part) >= MIN_SHOWN_LETTERS && shown.contains(Text.compact(part))) {
                return part;
            }
        }
        return "";
    }

    /** The first &lt;title&gt; wherever it is: pages saved with a wrapper line before &lt;html&gt; have it in the body. */
    static String documentTitle(Document doc) {
        Element title = doc.selectFirst("title");
        return title == null ? "" : Text.clean(title.text());
    }
}
