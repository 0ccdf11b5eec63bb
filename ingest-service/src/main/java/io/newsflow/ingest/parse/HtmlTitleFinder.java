package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Gathers what an HTML page says its headline is outside the visible lines, for {@link HeadlinePicker}. */
final class HtmlTitleFinder {

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
        suffixNames.addAll(TitleCleaner.suffixes(docTitle));
        List<String> references = new ArrayList<>();
        for (String candidate : List.of(structured.headline(), TitleCleaner.clean(ogTitle, siteNames),
                TitleCleaner.clean(docTitle, siteNames))) {
            if (Text.letters(candidate) >= 2 && !references.contains(candidate)) {
                references.add(candidate);
            }
        }
        String lastCrumb = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
        return new HeadlinePicker.Clues(references, Text.compact(docTitle), suffixNames, lastCrumb);
    }

    /** The first &lt;title&gt; wherever it is: pages saved with a wrapper line before &lt;html&gt; have it in the body. */
    static String documentTitle(Document doc) {
        Element title = doc.selectFirst("title");
        return title == null ? "" : Text.clean(title.text());
    }
}
