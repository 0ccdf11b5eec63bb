package io.newsflow.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a feed page by page, following its next links, the way a partner's reader would, and collects the
 * article ids it lists and anything in it that would run as script.
 */
final class FeedWalk {

    private static final int MAX_PAGES = 50;

    final Set<String> ids = new LinkedHashSet<>();
    final List<String> findings = new ArrayList<>();
    int pages;

    /** {@code url} of a JSON Feed; items' HTML is inspected after parsing, URLs by their scheme. */
    static FeedWalk json(String url) throws IOException, InterruptedException {
        FeedWalk walk = new FeedWalk();
        for (String next = url; next != null && walk.pages < MAX_PAGES; walk.pages++) {
            JsonNode feed = Http.json(walk.fetch(next));
            for (JsonNode item : feed.path("items")) {
                String id = item.path("id").asString("");
                walk.ids.add(id);
                walk.html(id, "content_html", item.path("content_html").asString(""));
                walk.link(id, "url", item.path("url").asString(null));
                walk.link(id, "external_url", item.path("external_url").asString(null));
            }
            next = feed.path("next_url").asString(null);
        }
        return walk;
    }

    /** {@code url} of an RSS 2.0 or Atom feed: parsed as XML, HTML-typed text parsed again as HTML. */
    static FeedWalk xml(String url) throws IOException, InterruptedException {
        FeedWalk walk = new FeedWalk();
        for (String next = url; next != null && walk.pages < MAX_PAGES; walk.pages++) {
            String body = walk.fetch(next);
            if (body.toLowerCase(Locale.ROOT).contains("<script")) {
                walk.findings.add(next + ": unescaped <script in the XML");
            }
            Document feed = parse(body);
            next = null;
            for (Element entry : elements(feed.getDocumentElement(), "item", "entry")) {
                String id = text(entry, "guid", "id").replace("urn:newsflow:article:", "");
                walk.ids.add(id.substring(id.lastIndexOf('/') + 1));
                for (Element content : elements(entry, "description", "content", "encoded", "summary")) {
                    // Atom says whether a construct is text or HTML; RSS readers take every description as HTML.
                    if (!"text".equals(content.getAttribute("type"))) {
                        walk.html(id, content.getLocalName(), content.getTextContent());
                    }
                }
                for (Element link : elements(entry, "link")) {
                    walk.link(id, "link", link.hasAttribute("href") ? link.getAttribute("href") : link.getTextContent());
                }
            }
            for (Element link : elements(feed.getDocumentElement(), "link")) {
                if ("next".equals(link.getAttribute("rel")) && link.getParentNode() != null
                        && !"item".equals(link.getParentNode().getLocalName())
                        && !"entry".equals(link.getParentNode().getLocalName())) {
                    next = link.getAttribute("href");
                }
            }
        }
        return walk;
    }

    private String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.get(url, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void html(String id, String field, String html) {
        ScriptProbe.inFragment(html).forEach(finding -> findings.add(id + " " + field + ": " + finding));
    }

    private void link(String id, String field, String url) {
        if (url != null && !url.isBlank() && !url.strip().toLowerCase(Locale.ROOT).matches("https?://.*")) {
            findings.add(id + " " + field + " is not an http(s) link: " + ScriptProbe.abbreviate(url));
        }
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("feed is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> elements(Element parent, String... localNames) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(localNames).contains(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String... localNames) {
        List<Element> found = elements(parent, localNames);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }
}
