package io.newsflow.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what a browser would run in a piece of HTML after parsing it as a browser does: script and plugin
 * elements, event-handler attributes, and links or sources whose scheme executes.
 */
final class ScriptProbe {

    private static final Set<String> EXECUTING_TAGS = Set.of("script", "iframe", "frame", "object", "embed",
            "applet", "base", "meta", "link", "form", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "background", "poster", "srcdoc");
    /** Browsers drop ASCII whitespace and control characters inside a scheme before they look at it. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20]");

    private ScriptProbe() {
    }

    /** Findings in a fragment of content HTML (a feed's content field, a widget). */
    static List<String> inFragment(String html) {
        return inElement(Jsoup.parseBodyFragment(html == null ? "" : html).body(), Set.of());
    }

    /**
     * Findings in a whole page; {@code allowedTags} lists the page's own chrome (its stylesheet link, meta charset)
     * that content must not add.
     */
    static List<String> inPage(String html, Set<String> allowedTags) {
        Document page = Jsoup.parse(html);
        List<String> findings = new ArrayList<>(inElement(page.body(), Set.of()));
        findings.addAll(inElement(page.head(), allowedTags));
        return findings;
    }

    /** True when following this link would run a script rather than load a page. */
    static boolean executableUrl(String url) {
        if (url == null) {
            return false;
        }
        String compact = IGNORED_IN_SCHEME.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return compact.startsWith("javascript:") || compact.startsWith("vbscript:") || compact.startsWith("data:");
    }

    private static List<String> inElement(Element root, Set<String> allowedTags) {
        List<String> findings = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String tag = element.normalName();
            if (element != root && EXECUTING_TAGS.contains(tag) && !allowedTags.contains(tag)) {
                findings.add("<" + tag + "> element: " + abbreviate(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    findings.add("event handler " + name + " on <" + tag + ">: " + abbreviate(attribute.getValue()));
                } else if (URL_ATTRIBUTES.contains(name) && executableUrl(attribute.getValue())
                        || name.equals("style") && scriptInStyle(attribute.getValue())) {
                    findings.add("script URL in " + name + " of <" + tag + ">: " + abbreviate(attribute.getValue()));
                }
            }
        }
        return findings;
    }

    private static boolean scriptInStyle(String style) {
        String compact = IGNORED_IN_SCHEME.matcher(style).replaceAll("").toLowerCase(Locale.ROOT);
        return compact.contains("javascript:") || compact.contains("expression(");
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
